import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Point } from '../../../lib/point.ts';
import type { CanvasVisibility } from '../utils/visibility-classes.ts';
import { graphArrays, type GraphArrays } from './graph-arrays.ts';
import { largeNodeSize } from './large-graph.ts';
import { SpatialGrid, type ModelBox } from './spatial-grid.ts';

/** Each node's relationships, as edge indices: `edges[offsets[i] .. offsets[i + 1])`. */
export interface Adjacency {
  offsets: Uint32Array;
  edges: Uint32Array;
}

function adjacencyOf(arrays: GraphArrays): Adjacency {
  const n = arrays.ids.length;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + arrays.degree[i]!;
  const fill = offsets.slice(0, n);
  const edges = new Uint32Array(offsets[n]!);
  for (let e = 0; e < arrays.edges.length / 2; e++) {
    edges[fill[arrays.edges[2 * e]!]!++] = e;
    edges[fill[arrays.edges[2 * e + 1]!]!++] = e;
  }
  return { offsets, edges };
}

/**
 * What a large graph's canvas knows beyond Cytoscape, kept in flat arrays: every node's position
 * (the truth while a layout runs; Cytoscape catches up in chunks), what the filters show, who is
 * connected to whom, and a grid to find nodes by place. `version` changes with every change, so
 * drawings know when to redraw.
 */
export class LargeScene {
  readonly arrays: GraphArrays;
  readonly adjacency: Adjacency;
  /** x, y per node, in model coordinates. */
  positions: Float64Array;
  /** 1 for nodes and edges the filters leave visible. */
  readonly nodeShown: Uint8Array;
  readonly edgeShown: Uint8Array;
  /** Diameter of each node in model pixels (by degree, as the stylesheet sizes it). */
  readonly sizes: Float32Array;
  /** 1 for nodes that have a position (carried over from the previous scene or set since). */
  readonly placed: Uint8Array;
  version = 0;
  private grid: SpatialGrid | null = null;
  private degreeOrder: Uint32Array | null = null;

  /**
   * The scene of `model`; nodes `previous` knew keep their position, the others are listed in
   * `placed === false` for the caller to put somewhere.
   */
  constructor(model: GraphModel, previous?: LargeScene | null) {
    this.arrays = graphArrays(model);
    this.adjacency = adjacencyOf(this.arrays);
    const n = this.arrays.ids.length;
    this.positions = new Float64Array(2 * n);
    this.nodeShown = new Uint8Array(n).fill(1);
    this.edgeShown = new Uint8Array(this.arrays.edgeIds.length).fill(1);
    this.sizes = Float32Array.from(this.arrays.degree, (degree) => largeNodeSize(degree));
    this.placed = new Uint8Array(n);
    if (previous) {
      for (let i = 0; i < n; i++) {
        const before = previous.arrays.index.get(this.arrays.ids[i]!);
        if (before === undefined) continue;
        this.positions[2 * i] = previous.positions[2 * before]!;
        this.positions[2 * i + 1] = previous.positions[2 * before + 1]!;
        this.placed[i] = 1;
      }
    }
  }

  get nodeCount(): number {
    return this.arrays.ids.length;
  }

  get edgeCount(): number {
    return this.arrays.edgeIds.length;
  }

  /** Every node index, best connected first (ties by index); sorted once, on first use. */
  byDegree(): Uint32Array {
    if (!this.degreeOrder) {
      const { degree } = this.arrays;
      const order = Uint32Array.from({ length: this.nodeCount }, (_, i) => i);
      this.degreeOrder = order.sort((a, b) => degree[b]! - degree[a]! || a - b);
    }
    return this.degreeOrder;
  }

  /** Replaces every position at once. */
  setPositions(positions: Float64Array): void {
    this.positions = positions;
    this.placed.fill(1);
    this.changed();
  }

  /** Puts nodes given by id where `positions` says; unknown ids are skipped. */
  place(positions: Readonly<Record<string, Point>>): void {
    for (const [id, point] of Object.entries(positions)) {
      const i = this.arrays.index.get(id);
      if (i === undefined) continue;
      this.positions[2 * i] = point.x;
      this.positions[2 * i + 1] = point.y;
      this.placed[i] = 1;
    }
    this.changed();
  }

  /** Moves one node (a drag); the grid is rebuilt lazily. */
  moveNode(index: number, x: number, y: number): void {
    this.positions[2 * index] = x;
    this.positions[2 * index + 1] = y;
    this.changed();
  }

  /** Where a node is, by id. */
  positionOf(id: string): Point | undefined {
    const i = this.arrays.index.get(id);
    if (i === undefined) return undefined;
    return { x: this.positions[2 * i]!, y: this.positions[2 * i + 1]! };
  }

  /** Every node's position by id, for the exploration's record. */
  positionsById(): Record<string, Point> {
    const out: Record<string, Point> = {};
    this.arrays.ids.forEach((id, i) => {
      out[id] = { x: this.positions[2 * i]!, y: this.positions[2 * i + 1]! };
    });
    return out;
  }

  /** Takes the filters' verdict; returns whether anything changed. */
  setVisibility(visible: CanvasVisibility): boolean {
    let changed = false;
    this.arrays.ids.forEach((id, i) => {
      const shown = visible.nodes.has(id) ? 1 : 0;
      if (this.nodeShown[i] !== shown) changed = true;
      this.nodeShown[i] = shown;
    });
    this.arrays.edgeIds.forEach((id, e) => {
      const shown = visible.edges.has(id) ? 1 : 0;
      if (this.edgeShown[e] !== shown) changed = true;
      this.edgeShown[e] = shown;
    });
    if (changed) this.changed();
    return changed;
  }

  /** The grid over visible nodes, built on first use after a change. */
  spatialGrid(): SpatialGrid {
    this.grid ??= new SpatialGrid(this.positions, this.nodeCount, (i) => this.nodeShown[i] === 1);
    return this.grid;
  }

  /** The box around every visible node's body, in model coordinates; null when none shows. */
  box(): ModelBox | null {
    let box: ModelBox | null = null;
    for (let i = 0; i < this.nodeCount; i++) {
      if (!this.nodeShown[i]) continue;
      const r = this.sizes[i]! / 2;
      const x = this.positions[2 * i]!;
      const y = this.positions[2 * i + 1]!;
      if (!box) box = { x1: x - r, y1: y - r, x2: x + r, y2: y + r };
      else {
        box.x1 = Math.min(box.x1, x - r);
        box.y1 = Math.min(box.y1, y - r);
        box.x2 = Math.max(box.x2, x + r);
        box.y2 = Math.max(box.y2, y + r);
      }
    }
    return box;
  }

  private changed(): void {
    this.grid = null;
    this.version += 1;
  }
}
