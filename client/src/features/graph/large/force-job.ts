import { CAMPS } from '../../../lib/camps.ts';
import { ForceSimulation } from './force-layout.ts';

/** The two force layouts large graphs get: camps kept apart, or one free-for-all. */
export type ForceKind = 'camps' | 'forces';

/** What a force job lays out; every array is indexed by node. */
export interface ForceJobInput {
  kind: ForceKind;
  count: number;
  /** Two node indices per edge. */
  edges: Uint32Array;
  /** Camp of each node, as an index into CAMPS. */
  camp: Uint8Array;
  /** Where to start, x and y per node. */
  positions: Float64Array;
  /** 1 for nodes pinned by a drag: they keep their start position. */
  fixed?: Uint8Array;
  /** Distance wanted between neighbours, in model pixels. */
  spacing: number;
}

/** Ticks for a graph of `count` nodes: fewer for bigger graphs, whose ticks cost more. */
export function ticksFor(count: number): number {
  return Math.round(Math.min(300, Math.max(140, 300 * Math.sqrt(1500 / Math.max(1, count)))));
}

interface Part {
  /** Global node index of each local one. */
  members: Int32Array;
  simulation: ForceSimulation;
  /** Camp index, or -1 for the one part of a free-for-all layout. */
  camp: number;
}

/**
 * A force layout that can be run a slice at a time (a worker reports progress between slices).
 * `camps` lays out each camp on its own, with the edges inside it, and then sets the camps side by
 * side as the small Camps layout does: LLM left, both in the middle, world models right, neutral
 * below. Edges across camps are drawn but do not pull, so the camps stay apart however entangled.
 * `forces` lays out everything together.
 */
export class ForceJob {
  private readonly parts: Part[];
  private readonly totalTicks: number;
  private readonly input: ForceJobInput;

  constructor(input: ForceJobInput) {
    this.input = input;
    const ticks = ticksFor(input.count);
    const options = {
      linkDistance: input.spacing,
      // Repulsion grows with the square of the spacing: the picture scales, its shape does not.
      charge: -60 * (input.spacing / 42) ** 2,
      ticks,
      theta: 1,
      // Inside a camp many nodes have no edge left to hold them; a firmer pull keeps them near.
      gravity: input.kind === 'camps' ? 0.3 : 0.03,
    };
    const groups: Int32Array[] =
      input.kind === 'camps' ? splitByCamp(input.camp, input.count) : [identity(input.count)];
    this.parts = groups
      .map((members, index) => ({ members, camp: input.kind === 'camps' ? index : -1 }))
      .filter((part) => part.members.length > 0)
      .map(({ members, camp }) => {
        const local = localGraph(input, members);
        return { members, camp, simulation: new ForceSimulation(local, local.positions, options) };
      });
    this.totalTicks = this.parts.length * ticks;
  }

  /** Share of the work done, 0 to 1. */
  get progress(): number {
    if (this.totalTicks === 0) return 1;
    const done = this.parts.reduce((sum, part) => sum + part.simulation.progress, 0);
    return done / this.parts.length;
  }

  get finished(): boolean {
    return this.parts.every((part) => part.simulation.finished);
  }

  /** Runs ticks for about `budgetMs`; returns whether the layout is finished. */
  step(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const start = now();
    for (const part of this.parts) {
      if (part.simulation.finished) continue;
      part.simulation.run(Math.max(0, budgetMs - (now() - start)), now);
      if (now() - start >= budgetMs) break;
    }
    return this.finished;
  }

  /** Where every node is now, x and y per node, camps packed side by side. */
  positions(): Float64Array {
    const out = new Float64Array(this.input.count * 2);
    const boxes = this.parts.map((part) => boxOf(part.simulation.positions, part.members.length));
    const offsets =
      this.input.kind === 'camps'
        ? packCamps(
            this.parts.map((part, i) => ({ camp: part.camp, box: boxes[i]! })),
            this.input.spacing,
          )
        : this.parts.map(() => ({ x: 0, y: 0 }));
    this.parts.forEach((part, p) => {
      const local = gatherStrays(part.simulation.positions, part.members.length);
      const { x, y } = offsets[p]!;
      for (let k = 0; k < part.members.length; k++) {
        const i = part.members[k]!;
        out[2 * i] = local[2 * k]! + x;
        out[2 * i + 1] = local[2 * k + 1]! + y;
      }
    });
    // Pinned nodes stay exactly where they were put, whatever the packing did around them.
    const fixed = this.input.fixed;
    if (fixed) {
      for (let i = 0; i < this.input.count; i++) {
        if (!fixed[i]) continue;
        out[2 * i] = this.input.positions[2 * i]!;
        out[2 * i + 1] = this.input.positions[2 * i + 1]!;
      }
    }
    return out;
  }
}

/** Strays beyond this many times the 95th-percentile radius are brought in to it. */
const STRAY_REACH = 1.1;

/**
 * A copy of `positions` in which nodes far outside the rest (small components that repulsion
 * pushed away) are brought back to the edge of the crowd, keeping their direction: a picture
 * framed to hold them all would otherwise shrink the graph to a dot.
 */
export function gatherStrays(positions: Float64Array, count: number): Float64Array {
  const out = positions.slice(0, count * 2);
  if (count < 20) return out;
  // The middle of the crowd: medians, which the strays themselves cannot pull away.
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    xs[k] = out[2 * k]!;
    ys[k] = out[2 * k + 1]!;
  }
  const cx = xs.sort()[count >> 1]!;
  const cy = ys.sort()[count >> 1]!;
  const radii = new Float64Array(count);
  for (let k = 0; k < count; k++) radii[k] = Math.hypot(out[2 * k]! - cx, out[2 * k + 1]! - cy);
  const sorted = radii.slice().sort();
  const reach = sorted[Math.floor(0.95 * (count - 1))]! * STRAY_REACH;
  for (let k = 0; k < count; k++) {
    const r = radii[k]!;
    if (r <= reach || r === 0) continue;
    out[2 * k] = cx + ((out[2 * k]! - cx) * reach) / r;
    out[2 * k + 1] = cy + ((out[2 * k + 1]! - cy) * reach) / r;
  }
  return out;
}

function identity(count: number): Int32Array {
  const members = new Int32Array(count);
  for (let i = 0; i < count; i++) members[i] = i;
  return members;
}

function splitByCamp(camp: Uint8Array, count: number): Int32Array[] {
  const sizes = CAMPS.map(() => 0);
  for (let i = 0; i < count; i++) sizes[camp[i]!]! += 1;
  const groups = sizes.map((size) => new Int32Array(size));
  const fill = sizes.map(() => 0);
  for (let i = 0; i < count; i++) {
    const c = camp[i]!;
    groups[c]![fill[c]!++] = i;
  }
  return groups;
}

/** The part of the input on `members`, renumbered from 0, centred on the origin. */
function localGraph(input: ForceJobInput, members: Int32Array) {
  const local = new Int32Array(input.count).fill(-1);
  members.forEach((global, k) => {
    local[global] = k;
  });
  const pairs: number[] = [];
  for (let e = 0; e < input.edges.length; e += 2) {
    const s = local[input.edges[e]!]!;
    const t = local[input.edges[e + 1]!]!;
    if (s >= 0 && t >= 0) pairs.push(s, t);
  }
  const positions = new Float64Array(members.length * 2);
  let cx = 0;
  let cy = 0;
  members.forEach((global, k) => {
    positions[2 * k] = input.positions[2 * global]!;
    positions[2 * k + 1] = input.positions[2 * global + 1]!;
    cx += positions[2 * k]!;
    cy += positions[2 * k + 1]!;
  });
  cx /= Math.max(1, members.length);
  cy /= Math.max(1, members.length);
  for (let k = 0; k < members.length; k++) {
    positions[2 * k]! -= cx;
    positions[2 * k + 1]! -= cy;
  }
  const fixed = input.fixed
    ? Uint8Array.from(members, (global) => input.fixed![global]!)
    : undefined;
  return { count: members.length, edges: Uint32Array.from(pairs), fixed, positions };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function boxOf(positions: Float64Array, count: number): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (let k = 0; k < count; k++) {
    const x = positions[2 * k]!;
    const y = positions[2 * k + 1]!;
    if (x < box.x1) box.x1 = x;
    if (x > box.x2) box.x2 = x;
    if (y < box.y1) box.y1 = y;
    if (y > box.y2) box.y2 = y;
  }
  return count > 0 ? box : { x1: 0, y1: 0, x2: 0, y2: 0 };
}

/**
 * Offsets that set camp boxes side by side: LLM, both and world models in a row, centred on
 * their middles, the neutral band centred below; gaps grow with the picture so camps read apart.
 */
export function packCamps(
  parts: readonly { camp: number; box: Box }[],
  spacing: number,
): { x: number; y: number }[] {
  const neutral = CAMPS.indexOf('neutral');
  const row = parts
    .map((part, index) => ({ ...part, index }))
    .filter((part) => part.camp !== neutral)
    .sort((a, b) => a.camp - b.camp);
  const widths = row.map((part) => part.box.x2 - part.box.x1);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const gap = Math.max(4 * spacing, 0.06 * total);
  const rowWidth = total + gap * Math.max(0, row.length - 1);
  const offsets = parts.map(() => ({ x: 0, y: 0 }));
  let left = -rowWidth / 2;
  let rowBottom = 0;
  for (const part of row) {
    const { box } = part;
    offsets[part.index] = { x: left - box.x1, y: -(box.y1 + box.y2) / 2 };
    left += box.x2 - box.x1 + gap;
    rowBottom = Math.max(rowBottom, (box.y2 - box.y1) / 2);
  }
  parts.forEach((part, index) => {
    if (part.camp !== neutral) return;
    const { box } = part;
    offsets[index] = {
      x: -(box.x1 + box.x2) / 2,
      y: (row.length > 0 ? rowBottom + gap : 0) - box.y1,
    };
  });
  return offsets;
}
