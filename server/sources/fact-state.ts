/**
 * The evidence and property claims of one fact (an entity or a relationship), and how they are
 * kept in Neo4j. Neo4j properties cannot hold maps, so a fact's evidence is two parallel lists
 * (`quotes[i]` is quoted from source `quoteSources[i]`), its claims one JSON text, and the
 * figures queries filter on (`sources`, `corroboration`, `disputed`, `knownSince`) are kept
 * beside them, recomputed on every change.
 */

export type FlatValue = string | number | boolean | string[];

export interface Evidence {
  source: string;
  quote: string;
}

/** One source's value for one property, with the sentence it rests on. */
export interface Claim {
  value: FlatValue;
  source: string;
  quote: string;
}

export interface FactState {
  evidence: Evidence[];
  /** Property name → the claims of each source, oldest first; the first is the shown value. */
  claims: Record<string, Claim[]>;
}

/** Properties that are bookkeeping, never claims of a source. */
export const bookkeepingKeys = new Set([
  'id',
  'name',
  'aliases',
  'quotes',
  'quoteSources',
  'sources',
  'corroboration',
  'claims',
  'disputed',
  'knownSince',
  'sourceId',
]);

type Stored = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Reads a fact's state from its stored properties. A fact written before sources were tracked
 * (one `sourceId`, no `quoteSources`) reads as evidence and claims of that one source.
 */
export function readFactState(stored: Stored): FactState {
  const quotes = strings(stored.quotes);
  const legacySource = typeof stored.sourceId === 'string' ? stored.sourceId : 'unknown';
  const quoteSources = strings(stored.quoteSources);
  const evidence = quotes.map((quote, i) => ({ quote, source: quoteSources[i] ?? legacySource }));
  if (typeof stored.claims === 'string') {
    return { evidence, claims: JSON.parse(stored.claims) as FactState['claims'] };
  }
  const claims: FactState['claims'] = {};
  for (const [key, value] of Object.entries(stored)) {
    if (bookkeepingKeys.has(key) || value === null || value === undefined) continue;
    claims[key] = [{ value: value as FlatValue, source: legacySource, quote: quotes[0] ?? '' }];
  }
  return { evidence, claims };
}

/** Sources in order of first support. */
export function sourcesOf(state: FactState): string[] {
  return [...new Set(state.evidence.map((item) => item.source))];
}

const sameValue = (a: FlatValue, b: FlatValue) => JSON.stringify(a) === JSON.stringify(b);

/** Properties on which sources give different values. */
export function disputedProperties(state: FactState): string[] {
  return Object.entries(state.claims)
    .filter(([, claims]) => claims.some((claim) => !sameValue(claim.value, claims[0]!.value)))
    .map(([key]) => key)
    .sort();
}

/**
 * What `source` says of the fact now replaces what it said before (so ingesting the same source
 * twice changes nothing); other sources' evidence and claims stay. A claim keeps its place
 * among the others, so the shown value does not move because a source was re-read.
 */
export function withContribution(
  state: FactState,
  source: string,
  quotes: string[],
  properties: Record<string, FlatValue>,
): FactState {
  const evidence = state.evidence.filter((item) => item.source !== source);
  for (const quote of new Set(quotes)) evidence.push({ source, quote });
  const claims: FactState['claims'] = {};
  for (const [key, list] of Object.entries(state.claims)) {
    const kept = list.flatMap((claim) => {
      if (claim.source !== source) return [claim];
      const value = properties[key];
      return value === undefined ? [] : [{ value, source, quote: quotes[0] ?? '' }];
    });
    if (kept.length > 0) claims[key] = kept;
  }
  for (const [key, value] of Object.entries(properties)) {
    if (bookkeepingKeys.has(key)) continue;
    const list = (claims[key] ??= []);
    if (!list.some((claim) => claim.source === source)) {
      list.push({ value, source, quote: quotes[0] ?? '' });
    }
  }
  return { evidence, claims };
}

/** The fact without anything `source` said; its evidence may end up empty. */
export function withoutSource(state: FactState, source: string): FactState {
  const claims: FactState['claims'] = {};
  for (const [key, list] of Object.entries(state.claims)) {
    const kept = list.filter((claim) => claim.source !== source);
    if (kept.length > 0) claims[key] = kept;
  }
  return { evidence: state.evidence.filter((item) => item.source !== source), claims };
}

/**
 * The properties to store for a fact: each claimed property's shown value, the evidence lists
 * and the figures derived from them. `sourceDates` gives each source's date (ISO).
 */
export function storedProperties(
  state: FactState,
  sourceDates: ReadonlyMap<string, string>,
): Record<string, FlatValue | number | null> {
  const sources = sourcesOf(state);
  const disputed = disputedProperties(state);
  const dates = sources.map((source) => sourceDates.get(source)).filter(Boolean) as string[];
  const stored: Record<string, FlatValue | number | null> = {};
  for (const [key, claims] of Object.entries(state.claims)) stored[key] = claims[0]!.value;
  return {
    ...stored,
    quotes: state.evidence.map((item) => item.quote),
    quoteSources: state.evidence.map((item) => item.source),
    sources,
    corroboration: sources.length,
    claims: JSON.stringify(state.claims),
    disputed: disputed.length > 0 ? disputed : null,
    knownSince: dates.length > 0 ? dates.sort()[0]! : null,
    sourceId: sources[0] ?? null,
  };
}
