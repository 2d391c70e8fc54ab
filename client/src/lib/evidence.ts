import type { Properties, PropertyValue } from './api-types.ts';

/** One quote a fact rests on, and the source it is quoted from. */
export interface Evidence {
  source: string;
  quote: string;
}

/** One source's value for a property (see server/sources/fact-state.ts). */
export interface Claim {
  value: PropertyValue;
  source: string;
  quote: string;
}

const strings = (value: PropertyValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * A fact's evidence from its stored properties: `quotes[i]` comes from source `quoteSources[i]`
 * (facts written before sources were tracked have one `sourceId` for all).
 */
export function evidenceOf(properties: Properties): Evidence[] {
  const sources = strings(properties.quoteSources);
  const fallback = typeof properties.sourceId === 'string' ? properties.sourceId : 'unknown';
  return strings(properties.quotes).map((quote, i) => ({ quote, source: sources[i] ?? fallback }));
}

/** The evidence grouped by source, in order of first support. */
export function evidenceBySource(properties: Properties): { source: string; quotes: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { source, quote } of evidenceOf(properties)) {
    groups.set(source, [...(groups.get(source) ?? []), quote]);
  }
  return [...groups].map(([source, quotes]) => ({ source, quotes }));
}

/** How many distinct sources back a fact (1 for a fact with quotes but no count stored). */
export function corroborationOf(properties: Properties): number {
  if (typeof properties.corroboration === 'number') return properties.corroboration;
  return evidenceOf(properties).length > 0 ? 1 : 0;
}

/** Each disputed property with every source's value, oldest first. */
export function conflictsOf(properties: Properties): { property: string; claims: Claim[] }[] {
  const disputed = strings(properties.disputed);
  if (disputed.length === 0 || typeof properties.claims !== 'string') return [];
  try {
    const claims = JSON.parse(properties.claims) as Record<string, Claim[]>;
    return disputed.map((property) => ({ property, claims: claims[property] ?? [] }));
  } catch {
    return [];
  }
}

/** True when sources disagree on one of the fact's properties. */
export function isDisputed(properties: Properties): boolean {
  return strings(properties.disputed).length > 0;
}
