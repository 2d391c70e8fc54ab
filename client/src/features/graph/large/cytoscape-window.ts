import type cytoscape from 'cytoscape';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { toEdgeElement, toNodeElement } from '../utils/to-elements.ts';
import type { LargeScene } from './large-scene.ts';
import type { ModelBox } from './spatial-grid.ts';

/**
 * Cytoscape holds (draws and hit-tests) at most this many nodes in view; past it, the scene
 * layer alone draws what is in view and Cytoscape holds only what is selected or pointed at.
 */
export const WINDOW_MAX_NODES = 800;

/** Neighbors of the selection Cytoscape holds at most, beyond the detail in view. */
export const WINDOW_MAX_NEIGHBORS = 400;

/** Elements taken into Cytoscape per refresh (per frame while the detail fills in). */
export const WINDOW_GROWTH = 80;

/** Share of the view added on each side, so a short pan finds the detail already there. */
const WINDOW_MARGIN = 0.25;

/** What the window needs from its owner. */
export interface WindowHost {
  /** The part of the model the window may cover: the view plus a margin. */
  viewBox(): ModelBox;
  /** Sets an entering element's look (selection, fading, sizes); called before it is added. */
  decorate(definition: cytoscape.ElementDefinition): void;
  /** The detail masks changed: the scene layer redraws around them. */
  onMasksChanged(): void;
  /** Everything wanted now is in Cytoscape (the detail has finished filling in). */
  onFilled(): void;
}

/**
 * Keeps a large graph's Cytoscape instance holding only a window of the scene: the nodes in view
 * when few enough are (with the edges between them), plus the selection with its relationships
 * and neighbors, and what is under the pointer. Everything goes through Cytoscape's public API
 * (`add`, `remove`, `position` inside `batch`), so any renderer and any 3.x version behaves the
 * same; the scene stays the truth and the scene layer draws the rest.
 *
 * New elements enter a few dozen per frame, nearest the middle of the view first, so no frame
 * pays for hundreds of first style computations at once.
 */
export class CytoscapeWindow {
  /** 1 for scene nodes and edges Cytoscape draws as detail (the scene layer skips them). */
  nodes: Uint8Array = new Uint8Array(0);
  edges: Uint8Array = new Uint8Array(0);
  private scene: LargeScene | null = null;
  private model: GraphModel | null = null;
  private hubs = new Set<string>();
  private extras = new Set<string>();
  private pointer: number[] = [];
  /** Ids of the elements the window put into Cytoscape. */
  private held = new Set<string>();
  private soon = 0;
  private destroyed = false;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly host: WindowHost,
  ) {}

  /** The margin-widened view of `cy`, the usual `viewBox` for a host. */
  static viewOf(cy: cytoscape.Core): ModelBox {
    const extent = cy.extent();
    const dx = extent.w * WINDOW_MARGIN;
    const dy = extent.h * WINDOW_MARGIN;
    return { x1: extent.x1 - dx, y1: extent.y1 - dy, x2: extent.x2 + dx, y2: extent.y2 + dy };
  }

  /** The scene (and its model, for element data) the window is cut from. */
  setScene(scene: LargeScene | null, model: GraphModel | null): void {
    this.scene = scene;
    this.model = model;
    this.refresh();
  }

  /**
   * Elements always held: `hubs` (selected nodes) with every relationship they have, and `extras`
   * (their neighbors; selected relationships with their ends).
   */
  setSpecial(hubs: Iterable<string>, extras: Iterable<string>): void {
    this.hubs = new Set(hubs);
    this.extras = new Set(extras);
    this.refresh();
  }

  /** Nodes near the pointer, by scene index, so they can be hovered, clicked and dragged. */
  setPointer(indices: number[]): void {
    if (indices.length === this.pointer.length && indices.every((i, k) => this.pointer[k] === i)) {
      return;
    }
    this.pointer = indices;
    this.refresh();
  }

  /** Ids of the elements in Cytoscape now. */
  get heldIds(): ReadonlySet<string> {
    return this.held;
  }

  /** Works out what should be held for the current view and brings Cytoscape in line. */
  refresh(): void {
    if (this.destroyed) return;
    const scene = this.scene;
    const model = this.model;
    if (!scene || !model) {
      this.apply(new Map(), [], new Uint8Array(0), new Uint8Array(0), false);
      return;
    }
    const plan = new WindowPlan(scene);
    plan.addSpecial(this.hubs, this.extras, this.pointer);
    plan.addDetail(this.host.viewBox());
    const entering = new Map<string, cytoscape.ElementDefinition>();
    let budget = WINDOW_GROWTH;
    let more = false;
    const admit = (
      id: string,
      urgent: boolean,
      build: () => cytoscape.ElementDefinition | null,
    ) => {
      if (this.held.has(id)) return true;
      if (!urgent && budget <= 0) {
        more = true;
        return false;
      }
      const definition = build();
      if (!definition) return false;
      if (!urgent) budget--;
      entering.set(id, definition);
      return true;
    };
    const { arrays, positions } = scene;
    const keptNodes = new Uint8Array(scene.nodeCount);
    for (const { index: i, urgent } of plan.nodes) {
      const id = arrays.ids[i]!;
      const admitted = admit(id, urgent, () => {
        const node = model.nodes.get(id);
        if (!node) return null;
        return {
          ...toNodeElement(node, arrays.degree[i]!),
          position: { x: positions[2 * i]!, y: positions[2 * i + 1]! },
        };
      });
      if (admitted) keptNodes[i] = 1;
    }
    const keptEdges = new Uint8Array(scene.edgeCount);
    for (const { index: e, urgent } of plan.edges) {
      if (!keptNodes[arrays.edges[2 * e]!] || !keptNodes[arrays.edges[2 * e + 1]!]) continue;
      const id = arrays.edgeIds[e]!;
      const admitted = admit(id, urgent, () => {
        const edge = model.edges.get(id);
        return edge ? toEdgeElement(edge) : null;
      });
      if (admitted) keptEdges[e] = 1;
    }
    const nodeMask = plan.detailNodes.map((on, i) => on & keptNodes[i]!);
    const edgeMask = plan.detailEdges.map((on, e) => on & keptEdges[e]!);
    const keep = new Set<string>();
    keptNodes.forEach((on, i) => on && keep.add(arrays.ids[i]!));
    keptEdges.forEach((on, e) => on && keep.add(arrays.edgeIds[e]!));
    this.apply(entering, [...keep], nodeMask, edgeMask, more);
  }

  /** Takes everything the window put into Cytoscape back out. */
  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.soon);
    this.held.clear();
  }

  private apply(
    entering: Map<string, cytoscape.ElementDefinition>,
    keep: string[],
    nodes: Uint8Array,
    edges: Uint8Array,
    more: boolean,
  ): void {
    const kept = new Set(keep);
    const scene = this.scene;
    this.cy.batch(() => {
      // Elements that left the window; a node being dragged stays until it is let go.
      const leaving = this.cy.collection();
      for (const id of this.held) {
        if (kept.has(id)) continue;
        const ele = this.cy.getElementById(id);
        if (ele.empty()) {
          this.held.delete(id);
        } else if (!(ele.isNode() && ele.grabbed())) {
          leaving.merge(ele);
          this.held.delete(id);
        }
      }
      if (leaving.nonempty()) this.cy.remove(leaving);
      if (entering.size > 0) {
        const definitions = [...entering.values()];
        for (const definition of definitions) this.host.decorate(definition);
        // Nodes first: an edge needs both ends in place.
        definitions.sort((a, b) => rank(a) - rank(b));
        this.cy.add(definitions);
        for (const id of entering.keys()) this.held.add(id);
      }
      if (scene) this.followScene(scene);
    });
    const masksChanged = !sameBits(nodes, this.nodes) || !sameBits(edges, this.edges);
    this.nodes = nodes;
    this.edges = edges;
    if (masksChanged) this.host.onMasksChanged();
    if (more) this.refreshSoon();
    else this.host.onFilled();
  }

  /** Held nodes stand where the scene says (a layout may have moved them since). */
  private followScene(scene: LargeScene): void {
    for (const id of this.held) {
      const i = scene.arrays.index.get(id);
      if (i === undefined) continue;
      const node = this.cy.getElementById(id);
      if (node.empty() || node.grabbed()) continue;
      const x = scene.positions[2 * i]!;
      const y = scene.positions[2 * i + 1]!;
      const at = node.position();
      if (at.x !== x || at.y !== y) node.position({ x, y });
    }
  }

  /** Refreshes again on the next frame (the detail is still filling in). */
  private refreshSoon(): void {
    if (this.soon) return;
    this.soon = requestAnimationFrame(() => {
      this.soon = 0;
      this.refresh();
    });
  }
}

/** One wanted element: its scene index, and whether it enters at once (the selection, the pointer). */
interface Wanted {
  index: number;
  urgent: boolean;
}

/**
 * What the window should hold, worked out from the scene alone: nodes and edges in the order
 * they are to enter, with masks of the detail in view.
 */
class WindowPlan {
  readonly nodes: Wanted[] = [];
  readonly edges: Wanted[] = [];
  readonly detailNodes: Uint8Array;
  readonly detailEdges: Uint8Array;
  private readonly nodeListed: Uint8Array;
  private readonly edgeListed: Uint8Array;

  constructor(private readonly scene: LargeScene) {
    this.detailNodes = new Uint8Array(scene.nodeCount);
    this.detailEdges = new Uint8Array(scene.edgeCount);
    this.nodeListed = new Uint8Array(scene.nodeCount);
    this.edgeListed = new Uint8Array(scene.edgeCount);
  }

  /** The selection, its neighborhood and the pointer's nodes, with every relationship they have. */
  addSpecial(hubs: ReadonlySet<string>, extras: ReadonlySet<string>, pointer: number[]): void {
    const { arrays, nodeShown } = this.scene;
    const touched: number[] = [];
    for (const id of hubs) {
      const i = arrays.index.get(id);
      if (i !== undefined && nodeShown[i]) touched.push(i);
    }
    for (const i of pointer) if (nodeShown[i]) touched.push(i);
    for (const i of touched) this.addNode(i, true);
    let neighbors = 0;
    for (const id of extras) {
      const i = arrays.index.get(id);
      if (i !== undefined) {
        if (nodeShown[i] && neighbors++ < WINDOW_MAX_NEIGHBORS) this.addNode(i, false);
        continue;
      }
      const e = this.edgeIndex(id);
      if (e === undefined || !this.scene.edgeShown[e]) continue;
      this.addNode(arrays.edges[2 * e]!, true);
      this.addNode(arrays.edges[2 * e + 1]!, true);
      this.addEdge(e, true);
    }
    const { offsets, edges: incident } = this.scene.adjacency;
    for (const i of touched) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) this.addEdge(incident[k]!, false);
    }
  }

  /** The nodes in `view` when few enough are, nearest its middle first, and the edges among them. */
  addDetail(view: ModelBox): void {
    const { scene } = this;
    const grid = scene.spatialGrid();
    if (grid.countIn(view, WINDOW_MAX_NODES + 1) > WINDOW_MAX_NODES) return;
    const detail: number[] = [];
    grid.forEachIn(view, (i) => {
      detail.push(i);
    });
    const cx = (view.x1 + view.x2) / 2;
    const cy = (view.y1 + view.y2) / 2;
    const away = (i: number) =>
      Math.abs(scene.positions[2 * i]! - cx) + Math.abs(scene.positions[2 * i + 1]! - cy);
    detail.sort((a, b) => away(a) - away(b));
    for (const i of detail) {
      this.detailNodes[i] = 1;
      this.addNode(i, false);
    }
    const { arrays } = scene;
    const { offsets, edges: incident } = scene.adjacency;
    for (const i of detail) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const e = incident[k]!;
        const s = arrays.edges[2 * e]!;
        const other = s === i ? arrays.edges[2 * e + 1]! : s;
        if (!this.detailNodes[other] || !scene.edgeShown[e]) continue;
        this.detailEdges[e] = 1;
        this.addEdge(e, false);
      }
    }
  }

  private addNode(i: number, urgent: boolean): void {
    if (this.nodeListed[i]) return;
    this.nodeListed[i] = 1;
    this.nodes.push({ index: i, urgent });
  }

  private addEdge(e: number, urgent: boolean): void {
    if (this.edgeListed[e] || !this.scene.edgeShown[e]) return;
    this.edgeListed[e] = 1;
    this.edges.push({ index: e, urgent });
  }

  /** A linear search, fine for the one or two relationships a person selects. */
  private edgeIndex(id: string): number | undefined {
    const e = this.scene.arrays.edgeIds.indexOf(id);
    return e < 0 ? undefined : e;
  }
}

function rank(definition: cytoscape.ElementDefinition): number {
  return definition.group === 'edges' ? 1 : 0;
}

function sameBits(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
