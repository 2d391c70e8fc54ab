import { CAMPS } from '../../../lib/camps.ts';
import { KINDS } from '../../../lib/entity-kinds.ts';
import { hierarchyRank } from '../utils/hierarchy-ranks.ts';
import { OTHER_KIND, type GraphArrays } from './graph-arrays.ts';

/**
 * The layouts that need no forces, for large graphs: computed at once in linear or n log n time,
 * where the small graph's versions (Cytoscape's concentric, dagre) would take minutes.
 */

/** Camps in the order the circle and the rows read them: LLM, both, world models, neutral. */
const CAMP_ORDER = CAMPS.map((_, index) => index);

/**
 * One ring per number of relationships, the best-connected in the middle, as the concentric
 * layout does for small graphs; rings never closer than `spacing`, and wide enough for their
 * nodes at `spacing` apart.
 */
export function concentricLayout(graph: GraphArrays, spacing: number): Float64Array {
  const n = graph.ids.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => graph.degree[b]! - graph.degree[a]! || graph.kind[a]! - graph.kind[b]! || a - b,
  );
  const positions = new Float64Array(2 * n);
  let radius = 0;
  let start = 0;
  while (start < n) {
    const degree = graph.degree[order[start]!]!;
    let end = start;
    while (end < n && graph.degree[order[end]!] === degree) end++;
    const count = end - start;
    radius =
      start === 0 && count === 1
        ? 0
        : Math.max(radius + spacing, (count * spacing) / (2 * Math.PI));
    for (let k = 0; k < count; k++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
      const i = order[start + k]!;
      positions[2 * i] = radius * Math.cos(angle);
      positions[2 * i + 1] = radius * Math.sin(angle);
    }
    start = end;
  }
  return positions;
}

/** One ring, grouped by camp, then kind, `spacing` apart along the rim. */
export function circleLayout(graph: GraphArrays, spacing: number): Float64Array {
  const n = graph.ids.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      CAMP_ORDER[graph.camp[a]!]! - CAMP_ORDER[graph.camp[b]!]! ||
      graph.kind[a]! - graph.kind[b]! ||
      a - b,
  );
  const radius = Math.max(spacing, (n * spacing) / (2 * Math.PI));
  const positions = new Float64Array(2 * n);
  order.forEach((i, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / Math.max(1, n);
    positions[2 * i] = radius * Math.cos(angle);
    positions[2 * i + 1] = radius * Math.sin(angle);
  });
  return positions;
}

/**
 * Layers top to bottom as the hierarchy has them (investors, rounds, companies and people,
 * products, technologies, challenges); a layer too wide for the picture wraps into several lines,
 * grouped by camp and best-connected first.
 */
export function layeredLayout(graph: GraphArrays, spacing: number): Float64Array {
  const n = graph.ids.length;
  const rankOf = (i: number) =>
    hierarchyRank(graph.kind[i] === OTHER_KIND ? 'Other' : KINDS[graph.kind[i]!]!);
  const layers = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const rank = rankOf(i);
    const layer = layers.get(rank);
    if (layer) layer.push(i);
    else layers.set(rank, [i]);
  }
  const perLine = Math.max(12, Math.ceil(Math.sqrt(n) * 2.2));
  const positions = new Float64Array(2 * n);
  let y = 0;
  for (const rank of [...layers.keys()].sort((a, b) => a - b)) {
    const layer = layers
      .get(rank)!
      .sort(
        (a, b) =>
          CAMP_ORDER[graph.camp[a]!]! - CAMP_ORDER[graph.camp[b]!]! ||
          graph.degree[b]! - graph.degree[a]! ||
          a - b,
      );
    for (let start = 0; start < layer.length; start += perLine) {
      const line = layer.slice(start, start + perLine);
      const width = (line.length - 1) * spacing;
      line.forEach((i, k) => {
        positions[2 * i] = k * spacing - width / 2;
        positions[2 * i + 1] = y;
      });
      y += spacing;
    }
    // Layers stand further apart than the lines within one.
    y += spacing * 2;
  }
  return positions;
}
