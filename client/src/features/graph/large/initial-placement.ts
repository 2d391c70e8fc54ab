import { CAMPS } from '../../../lib/camps.ts';
import type { GraphArrays } from './graph-arrays.ts';

/** The golden angle: successive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Where each camp's disc sits and how big it is, in model pixels. */
export interface CampDisc {
  x: number;
  y: number;
  radius: number;
}

/** A first arrangement. */
export interface Placement {
  /** x, y per node. */
  positions: Float64Array;
  /** One disc per camp, in CAMPS order (radius 0 for an empty camp). */
  discs: CampDisc[];
}

/** Space between camp discs, as a share of the spacing times the square root of the nodes. */
const GAP_SHARE = 0.12;

/**
 * Camp discs side by side as the Camps layout has them: LLM left, both in the middle, world
 * models right, neutral below; each disc just big enough for its nodes at `spacing` apart.
 */
export function campDiscs(counts: readonly number[], spacing: number): CampDisc[] {
  const radius = (count: number) => (count > 0 ? spacing * Math.sqrt(count / Math.PI) * 1.05 : 0);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const gap = Math.max(3 * spacing, GAP_SHARE * spacing * Math.sqrt(total));
  const [llm = 0, both = 0, worldModel = 0, neutral = 0] = counts.map(radius);
  const row = [llm, both, worldModel];
  const used = row.filter((r) => r > 0);
  const width = used.reduce((sum, r) => sum + 2 * r, 0) + gap * Math.max(0, used.length - 1);
  const discs: CampDisc[] = [];
  let left = -width / 2;
  for (const r of row) {
    if (r === 0) {
      discs.push({ x: left, y: 0, radius: 0 });
      continue;
    }
    discs.push({ x: left + r, y: 0, radius: r });
    left += 2 * r + gap;
  }
  const rowBottom = Math.max(0, ...row);
  discs.push({ x: 0, y: rowBottom + gap + neutral, radius: neutral });
  return discs;
}

/**
 * Places every node at once, without looking at edges: camps in discs (see campDiscs), and in
 * each disc a sunflower spiral whose inner turns hold the best-connected nodes, with each kind
 * in a wedge of its own. Deterministic, linear in the node count, and a fair start for a force
 * layout, which then only has to pull neighbours together.
 */
export function placeByCamp(graph: GraphArrays, spacing: number): Placement {
  const n = graph.ids.length;
  const positions = new Float64Array(2 * n);
  const members: number[][] = CAMPS.map(() => []);
  for (let i = 0; i < n; i++) members[graph.camp[i]!]!.push(i);
  const discs = campDiscs(
    members.map((list) => list.length),
    spacing,
  );
  members.forEach((list, camp) => {
    const disc = discs[camp]!;
    placeDisc(graph, list, disc, spacing, positions);
  });
  return { positions, discs };
}

function placeDisc(
  graph: GraphArrays,
  list: number[],
  disc: CampDisc,
  spacing: number,
  positions: Float64Array,
): void {
  const m = list.length;
  if (m === 0) return;
  // Kinds in wedges: each kind's share of the turn matches its share of the nodes.
  const byKind = new Map<number, number[]>();
  for (const i of list) {
    const kind = graph.kind[i]!;
    const bucket = byKind.get(kind);
    if (bucket) bucket.push(i);
    else byKind.set(kind, [i]);
  }
  const kinds = [...byKind.keys()].sort((a, b) => a - b);
  const queues = kinds.map((kind) =>
    byKind.get(kind)!.sort((a, b) => graph.degree[b]! - graph.degree[a]! || a - b),
  );
  const ends: number[] = [];
  let cumulative = 0;
  for (const queue of queues) {
    cumulative += queue.length;
    ends.push((cumulative / m) * 2 * Math.PI);
  }
  const heads = queues.map(() => 0);
  const c = spacing / Math.sqrt(Math.PI);
  for (let slot = 0; slot < m; slot++) {
    const angle = (slot * GOLDEN_ANGLE) % (2 * Math.PI);
    let wedge = ends.findIndex((end) => angle < end);
    if (wedge < 0) wedge = ends.length - 1;
    // A full wedge lends its slot to the nearest wedge that still has nodes.
    let chosen = -1;
    for (let step = 0; step < queues.length && chosen < 0; step++) {
      for (const candidate of [wedge + step, wedge - step]) {
        const q = ((candidate % queues.length) + queues.length) % queues.length;
        if (heads[q]! < queues[q]!.length) {
          chosen = q;
          break;
        }
      }
    }
    if (chosen < 0) break;
    const node = queues[chosen]![heads[chosen]!++]!;
    const r = c * Math.sqrt(slot + 0.5);
    positions[2 * node] = disc.x + r * Math.cos(angle);
    positions[2 * node + 1] = disc.y + r * Math.sin(angle);
  }
}
