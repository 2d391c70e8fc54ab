import type { ApiEdge } from '../../../lib/api-types.ts';
import type { Direction } from '../api/get-neighbors-by-intent.ts';

/** The neighbours an entity has through one relationship type, by direction. */
export interface TypeNeighbors {
  type: string;
  /** Ids of the entities it points to, and of those pointing to it. */
  out: string[];
  in: string[];
}

/**
 * The relationship types around `nodeId` in `edges`, each with its neighbours both ways; the
 * types with most neighbours first, then by name.
 */
export function relationshipSummary(nodeId: string, edges: Iterable<ApiEdge>): TypeNeighbors[] {
  const byType = new Map<string, { out: Set<string>; in: Set<string> }>();
  for (const edge of edges) {
    const direction = edge.source === nodeId ? 'out' : edge.target === nodeId ? 'in' : null;
    if (!direction) continue;
    const entry = byType.get(edge.type) ?? { out: new Set<string>(), in: new Set<string>() };
    entry[direction].add(direction === 'out' ? edge.target : edge.source);
    byType.set(edge.type, entry);
  }
  return [...byType]
    .map(([type, entry]) => ({ type, out: [...entry.out], in: [...entry.in] }))
    .sort(
      (a, b) =>
        neighborsOf(b, 'both').length - neighborsOf(a, 'both').length ||
        a.type.localeCompare(b.type),
    );
}

/** The distinct neighbours through this type in `direction` (one counted once if linked both ways). */
export function neighborsOf(entry: TypeNeighbors, direction: Direction): string[] {
  if (direction === 'out') return entry.out;
  if (direction === 'in') return entry.in;
  return [...new Set([...entry.out, ...entry.in])];
}

/** "Showing 10 of 25 LED and RAISED neighbours" or "Showing all 2 incoming neighbours". */
export function expansionSummary(
  shown: number,
  total: number,
  types: readonly string[],
  direction: Direction,
): string {
  const which = types.length > 0 ? `${types.join(' and ')} ` : '';
  const way = direction === 'out' ? 'outgoing ' : direction === 'in' ? 'incoming ' : '';
  const noun = total === 1 ? 'neighbour' : 'neighbours';
  if (total === 0) return `No ${way}${which}neighbours.`;
  if (shown < total) return `Showing ${shown} of ${total} ${way}${which}${noun}.`;
  return total === 1
    ? `Showing the only ${way}${which}neighbour.`
    : `Showing all ${total} ${way}${which}${noun}.`;
}
