import { seededRandom } from '../../../../../common/seeded-random.ts';

/** A graph as the force layout reads it: flat arrays indexed by node, no ids, no objects. */
export interface ForceGraph {
  /** How many nodes. */
  count: number;
  /** Two node indices per edge: source, target, source, target… */
  edges: Uint32Array;
  /** 1 for nodes that must stay where they are (pinned by a drag). */
  fixed?: Uint8Array;
  /**
   * x, y per node that the node is pulled towards instead of the origin, with `anchorStrength`
   * (NaN in a coordinate: the origin's gravity on that axis); keeps each camp near its own place
   * in one shared simulation.
   */
  anchors?: Float64Array;
  /** Per node, how many times `anchorStrength` pulls it (1 when absent). */
  anchorWeights?: Float64Array;
}

export interface ForceOptions {
  /** Rest length of an edge, in model pixels. */
  linkDistance: number;
  /** Repulsion of every node (negative pushes apart), as in d3-force's many-body force. */
  charge: number;
  /** Barnes–Hut accuracy: a cell this much smaller than its distance counts as one body. */
  theta: number;
  /** Ticks from full heat to rest. */
  ticks: number;
  /** Velocity kept from one tick to the next is 1 - this. */
  velocityDecay: number;
  /**
   * Pull of every node towards the origin, as a share of its distance per tick (d3's forceX and
   * forceY); keeps components that share no edge from drifting apart.
   */
  gravity: number;
  /** Pull towards a node's anchor (see ForceGraph.anchors), in the same unit as `gravity`. */
  anchorStrength: number;
  /** Seeds the tiny nudges that separate nodes sitting exactly on top of each other. */
  seed: number;
}

/** Defaults suited to thousands of nodes drawn 10–40 px wide. */
export const FORCE_DEFAULTS: ForceOptions = {
  linkDistance: 42,
  charge: -60,
  theta: 0.9,
  ticks: 260,
  velocityDecay: 0.4,
  gravity: 0.03,
  anchorStrength: 0,
  seed: 20260,
};

/** Points per leaf cell: small groups are summed directly, which beats deeper trees. */
const LEAF_SIZE = 6;
/** Deeper than this, coincident points stay in one leaf. */
const MAX_DEPTH = 30;
/** Repulsion is softened below this squared distance, so close pairs do not explode. */
const MIN_DISTANCE_SQUARED = 1;

/**
 * A force-directed layout for thousands of nodes, in the manner of d3-force (velocity Verlet
 * with cooling): Barnes–Hut repulsion on a quadtree rebuilt each tick, springs along edges and a
 * gentle pull towards the origin. Deterministic for the same input; works on typed
 * arrays only, so it runs as well in a Web Worker as in Node. `positions` holds x, y per node and
 * is updated in place.
 */
export class ForceSimulation {
  readonly positions: Float64Array;
  private readonly vx: Float64Array;
  private readonly vy: Float64Array;
  private readonly linkStrength: Float64Array;
  private readonly linkBias: Float64Array;
  private readonly options: ForceOptions;
  private readonly random: () => number;
  private alpha = 1;
  private readonly alphaDecay: number;
  private done = 0;
  // Quadtree, rebuilt every tick; arrays grow as needed.
  private order: Int32Array;
  private cellStart = new Int32Array(0);
  private cellEnd = new Int32Array(0);
  private cellChild = new Int32Array(0);
  private cellSize = new Float64Array(0);
  private cellX = new Float64Array(0);
  private cellY = new Float64Array(0);
  private cellMass = new Float64Array(0);
  private cellCount = 0;
  private readonly stack = new Int32Array(4 * MAX_DEPTH + 8);

  constructor(
    private readonly graph: ForceGraph,
    positions: Float64Array,
    options: Partial<ForceOptions> = {},
  ) {
    if (positions.length < graph.count * 2) throw new Error('ForceSimulation: too few positions');
    this.positions = positions;
    this.options = { ...FORCE_DEFAULTS, ...options };
    this.random = seededRandom(this.options.seed);
    const n = graph.count;
    this.vx = new Float64Array(n);
    this.vy = new Float64Array(n);
    this.order = new Int32Array(n);
    // Each edge pulls its ends less the busier they are, and moves the lighter end more.
    const degree = new Float64Array(n);
    const edges = graph.edges;
    for (let e = 0; e < edges.length; e += 2) {
      degree[edges[e]!]! += 1;
      degree[edges[e + 1]!]! += 1;
    }
    const m = edges.length / 2;
    this.linkStrength = new Float64Array(m);
    this.linkBias = new Float64Array(m);
    for (let e = 0; e < m; e++) {
      const s = degree[edges[2 * e]!]!;
      const t = degree[edges[2 * e + 1]!]!;
      this.linkStrength[e] = 1 / Math.max(1, Math.min(s, t));
      this.linkBias[e] = s / (s + t);
    }
    const ticks = Math.max(1, this.options.ticks);
    // Cools from 1 to 0.001 over `ticks` ticks, as d3-force does over 300.
    this.alphaDecay = 1 - Math.pow(0.001, 1 / ticks);
  }

  /** Share of the ticks done, 0 to 1. */
  get progress(): number {
    return Math.min(1, this.done / Math.max(1, this.options.ticks));
  }

  /** True once every tick has run. */
  get finished(): boolean {
    return this.done >= this.options.ticks;
  }

  /** Runs one tick: forces, then velocities, then positions. */
  tick(): void {
    if (this.finished) return;
    this.alpha += (0 - this.alpha) * this.alphaDecay;
    this.applyLinks();
    this.applyCharge();
    this.applyGravity();
    this.move();
    this.done += 1;
  }

  /** Runs ticks until finished or `budgetMs` has passed; returns whether it finished. */
  run(budgetMs = Infinity, now: () => number = () => performance.now()): boolean {
    const start = now();
    while (!this.finished) {
      this.tick();
      if (now() - start >= budgetMs) break;
    }
    return this.finished;
  }

  private jiggle(): number {
    return (this.random() - 0.5) * 1e-6;
  }

  private applyLinks(): void {
    const { edges } = this.graph;
    const p = this.positions;
    const { vx, vy, linkStrength, linkBias } = this;
    const distance = this.options.linkDistance;
    const alpha = this.alpha;
    const m = edges.length / 2;
    for (let e = 0; e < m; e++) {
      const s = edges[2 * e]!;
      const t = edges[2 * e + 1]!;
      if (s === t) continue;
      let x = p[2 * t]! + vx[t]! - p[2 * s]! - vx[s]!;
      let y = p[2 * t + 1]! + vy[t]! - p[2 * s + 1]! - vy[s]!;
      if (x === 0) x = this.jiggle();
      if (y === 0) y = this.jiggle();
      let l = Math.sqrt(x * x + y * y);
      l = ((l - distance) / l) * alpha * linkStrength[e]!;
      x *= l;
      y *= l;
      const b = linkBias[e]!;
      vx[t]! -= x * b;
      vy[t]! -= y * b;
      vx[s]! += x * (1 - b);
      vy[s]! += y * (1 - b);
    }
  }

  private ensureCells(capacity: number): void {
    if (this.cellStart.length >= capacity) return;
    const size = Math.max(capacity, this.cellStart.length * 2);
    this.cellStart = new Int32Array(size);
    this.cellEnd = new Int32Array(size);
    this.cellChild = new Int32Array(size);
    this.cellSize = new Float64Array(size);
    this.cellX = new Float64Array(size);
    this.cellY = new Float64Array(size);
    this.cellMass = new Float64Array(size);
  }

  /** Builds the quadtree over all nodes: cells cover index ranges of `order`. */
  private buildTree(): void {
    const n = this.graph.count;
    const p = this.positions;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      this.order[i] = i;
      const x = p[2 * i]!;
      const y = p[2 * i + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const size = Math.max(x1 - x0, y1 - y0, 1);
    // A tree over n points with LEAF_SIZE leaves has well under n cells; 4 per split, plus room.
    this.ensureCells(Math.ceil((n / LEAF_SIZE) * 4 * 2) + 64);
    this.cellCount = 1;
    this.buildCell(0, 0, n, x0, y0, size, 0);
  }

  private buildCell(
    cell: number,
    start: number,
    end: number,
    x0: number,
    y0: number,
    size: number,
    depth: number,
  ): void {
    const p = this.positions;
    const order = this.order;
    this.cellStart[cell] = start;
    this.cellEnd[cell] = end;
    this.cellSize[cell] = size;
    if (end - start <= LEAF_SIZE || depth >= MAX_DEPTH) {
      this.cellChild[cell] = -1;
      let sx = 0;
      let sy = 0;
      for (let k = start; k < end; k++) {
        const i = order[k]!;
        sx += p[2 * i]!;
        sy += p[2 * i + 1]!;
      }
      const count = end - start;
      this.cellMass[cell] = count;
      this.cellX[cell] = count > 0 ? sx / count : 0;
      this.cellY[cell] = count > 0 ? sy / count : 0;
      return;
    }
    const half = size / 2;
    const mx = x0 + half;
    const my = y0 + half;
    // Partition into left | right by x, then each half into top | bottom by y.
    const splitX = partition(order, p, start, end, 0, mx);
    const splitLeft = partition(order, p, start, splitX, 1, my);
    const splitRight = partition(order, p, splitX, end, 1, my);
    this.ensureCells(this.cellCount + 4);
    const first = this.cellCount;
    this.cellCount += 4;
    this.cellChild[cell] = first;
    this.buildCell(first, start, splitLeft, x0, y0, half, depth + 1);
    this.buildCell(first + 1, splitLeft, splitX, x0, my, half, depth + 1);
    this.buildCell(first + 2, splitX, splitRight, mx, y0, half, depth + 1);
    this.buildCell(first + 3, splitRight, end, mx, my, half, depth + 1);
    let mass = 0;
    let sx = 0;
    let sy = 0;
    for (let c = first; c < first + 4; c++) {
      const w = this.cellMass[c]!;
      mass += w;
      sx += this.cellX[c]! * w;
      sy += this.cellY[c]! * w;
    }
    this.cellMass[cell] = mass;
    this.cellX[cell] = mass > 0 ? sx / mass : 0;
    this.cellY[cell] = mass > 0 ? sy / mass : 0;
  }

  private applyCharge(): void {
    const n = this.graph.count;
    if (n < 2) return;
    this.buildTree();
    const p = this.positions;
    const { vx, vy, order, stack } = this;
    const { cellStart, cellEnd, cellChild, cellSize, cellX, cellY, cellMass } = this;
    const strength = this.options.charge * this.alpha;
    const theta2 = this.options.theta * this.options.theta;
    for (let i = 0; i < n; i++) {
      const xi = p[2 * i]!;
      const yi = p[2 * i + 1]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const cell = stack[--top]!;
        const mass = cellMass[cell]!;
        if (mass === 0) continue;
        let dx = cellX[cell]! - xi;
        let dy = cellY[cell]! - yi;
        let l = dx * dx + dy * dy;
        const w = cellSize[cell]!;
        const child = cellChild[cell]!;
        if (child >= 0 && (w * w) / theta2 < l) {
          // Far enough: the whole cell acts as one body at its centre of mass.
          if (l < MIN_DISTANCE_SQUARED) l = Math.sqrt(MIN_DISTANCE_SQUARED * l);
          fx += (dx * strength * mass) / l;
          fy += (dy * strength * mass) / l;
          continue;
        }
        if (child >= 0) {
          stack[top++] = child;
          stack[top++] = child + 1;
          stack[top++] = child + 2;
          stack[top++] = child + 3;
          continue;
        }
        for (let k = cellStart[cell]!; k < cellEnd[cell]!; k++) {
          const j = order[k]!;
          if (j === i) continue;
          dx = p[2 * j]! - xi;
          dy = p[2 * j + 1]! - yi;
          if (dx === 0) dx = this.jiggle();
          if (dy === 0) dy = this.jiggle();
          l = dx * dx + dy * dy;
          if (l < MIN_DISTANCE_SQUARED) l = Math.sqrt(MIN_DISTANCE_SQUARED * l);
          fx += (dx * strength) / l;
          fy += (dy * strength) / l;
        }
      }
      vx[i]! += fx;
      vy[i]! += fy;
    }
  }

  private applyGravity(): void {
    const pull = this.options.gravity * this.alpha;
    const anchorPull = this.options.anchorStrength * this.alpha;
    const { anchors, anchorWeights } = this.graph;
    const p = this.positions;
    for (let i = 0; i < this.graph.count; i++) {
      const ax = anchors ? anchors[2 * i]! : NaN;
      const ay = anchors ? anchors[2 * i + 1]! : NaN;
      const weighted = anchorPull * (anchorWeights ? anchorWeights[i]! : 1);
      this.vx[i]! -= Number.isNaN(ax) ? p[2 * i]! * pull : (p[2 * i]! - ax) * weighted;
      this.vy[i]! -= Number.isNaN(ay) ? p[2 * i + 1]! * pull : (p[2 * i + 1]! - ay) * weighted;
    }
  }

  private move(): void {
    const p = this.positions;
    const keep = 1 - this.options.velocityDecay;
    const fixed = this.graph.fixed;
    for (let i = 0; i < this.graph.count; i++) {
      if (fixed && fixed[i]) {
        this.vx[i] = 0;
        this.vy[i] = 0;
        continue;
      }
      this.vx[i]! *= keep;
      this.vy[i]! *= keep;
      p[2 * i]! += this.vx[i]!;
      p[2 * i + 1]! += this.vy[i]!;
    }
  }
}

/**
 * Reorders `order[start..end)` so that nodes whose coordinate `axis` (0 = x, 1 = y) is below
 * `split` come first; returns where the rest begins.
 */
function partition(
  order: Int32Array,
  positions: Float64Array,
  start: number,
  end: number,
  axis: 0 | 1,
  split: number,
): number {
  let i = start;
  let j = end - 1;
  while (i <= j) {
    if (positions[2 * order[i]! + axis]! < split) {
      i++;
    } else {
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
      j--;
    }
  }
  return i;
}
