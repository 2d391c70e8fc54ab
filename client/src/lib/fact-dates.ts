import type { ApiNode, PropertyValue } from './api-types.ts';

/** Where a dated fact sits on the timeline, and how sure the article is of it. */
export interface FactTime {
  /** A year with a fraction, for ordering and the slider: 2026.15 is early 2026. */
  key: number;
  /** True when the article gives the date only roughly (a season, "announced Friday", "two months before"). */
  rough: boolean;
  /** The article's own words for the date. */
  label: string;
}

/** Fractions of a year for the article's rough words. */
const parts: Record<string, number> = { early: 0.15, mid: 0.5, late: 0.85 };

/**
 * Dates of the facts the graph holds, from their properties:
 * - `year` (and `datePart`: early/mid/late), as in "early 2026";
 * - `dateAnchor: 'publication'` for facts dated from the article's own day ("announced Friday"):
 *   the source gives only its year, so they sit after every dated fact of that year;
 * - `dateAnchor: <entity id>` with `dateOffsetMonths`, as in "two months before the Series B".
 * Facts without any of these are not on the timeline. Every placement but a plain year is rough.
 */
export function factTimes(
  nodes: Iterable<ApiNode>,
  publicationYear: number,
): Map<string, FactTime> {
  const byId = new Map([...nodes].map((node) => [node.id, node]));
  const times = new Map<string, FactTime>();
  const text = (value: PropertyValue | undefined) =>
    typeof value === 'string' ? value : undefined;

  // The article's day: after the latest "early/mid/late YEAR" it reports, within its year.
  const reported = [...byId.values()]
    .map((node) => node.properties)
    .filter((p) => p.year === publicationYear && typeof p.datePart === 'string')
    .map((p) => parts[p.datePart as string] ?? 0.5);
  const publication =
    publicationYear + Math.min(0.95, Math.max(0.5, ...reported.map((f) => f + 0.1)));

  const resolve = (id: string, seen: Set<string>): FactTime | undefined => {
    if (times.has(id)) return times.get(id);
    const node = byId.get(id);
    if (!node || seen.has(id)) return undefined;
    seen.add(id);
    const p = node.properties;
    const label = text(p.dateText) ?? String(p.year ?? '');
    let time: FactTime | undefined;
    if (p.dateAnchor === 'publication') {
      time = {
        key: publication,
        rough: true,
        label: `${label} (at publication, ${publicationYear})`,
      };
    } else if (typeof p.dateAnchor === 'string') {
      const anchor = resolve(p.dateAnchor, seen);
      const months = typeof p.dateOffsetMonths === 'number' ? p.dateOffsetMonths : 0;
      if (anchor) time = { key: anchor.key + months / 12, rough: true, label };
    } else if (typeof p.year === 'number') {
      const part = text(p.datePart);
      time = {
        key: p.year + (part ? (parts[part] ?? 0.5) : 0.5),
        rough: part !== undefined || p.datePrecision !== undefined,
        label,
      };
    }
    if (time) times.set(id, time);
    return time;
  };
  for (const id of byId.keys()) resolve(id, new Set());
  return times;
}
