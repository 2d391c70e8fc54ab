import type cytoscape from 'cytoscape';
import type { LargeScene } from './large-scene.ts';
import type { ModelBox } from './spatial-grid.ts';

/**
 * Cytoscape draws (and hit-tests) only this many nodes at most; past it, the overview layer
 * draws what is in view and Cytoscape only what is selected or under the pointer.
 */
export const WINDOW_MAX_NODES = 800;

/** Elements taken into the window per refresh (per frame while the detail fills in). */
const WINDOW_GROWTH = 80;

/** Share of the view added on each side, so a short pan finds the detail already there. */
const WINDOW_MARGIN = 0.25;

type Element = cytoscape.SingularElementArgument;

interface BeforeRender {
  fn: (willDraw: boolean, time: number) => void;
  priority: number;
}

/** The renderer internals the window replaces; present in Cytoscape 3.x's canvas renderer. */
interface RendererInternals {
  getCachedZSortedEles: (forceRecalc?: boolean) => Element[];
  invalidateCachedZSortedEles: () => void;
  updateCachedGrabbedEles: () => void;
  cachedZSortedEles: (Element[] & { interactive?: Element[] }) | null;
  /** Run before each frame, highest priority first; `eleCalcs` brings dirty elements up to date. */
  beforeRenderCallbacks: BeforeRender[];
  beforeRenderPriorities: { eleCalcs: number };
  /** Told which elements were brought up to date (texture caches drop their old pictures). */
  onUpdateEleCalcsFns?: ((willDraw: boolean, eles: cytoscape.Collection) => void)[];
  recalculateRenderedStyle: (eles: cytoscape.Collection, useCache?: boolean) => void;
  /** The same update out of turn (texture caches call it between frames). */
  flushRenderedStyleQueue: () => void;
  /** Draws a frame; with a `forcedContext`, onto another canvas. */
  render: (options?: { forcedContext?: unknown }) => void;
  /** Draws the whole graph onto a new canvas (cy.png, cy.jpg). */
  bufferCanvasImage?: (options: unknown) => unknown;
}

interface RenderedState {
  _private: { rstyle: { clean: boolean; cleanConnected: boolean } };
  cleanStyle: () => void;
}

interface StyledElement {
  pstyle: (name: string) => { value: number };
  poolIndex: () => number;
  interactive: () => boolean;
}

/** Cytoscape's draw order: edges under nodes, then z-index, then the order they were added. */
function drawOrder(a: Element, b: Element): number {
  const sa = a as unknown as StyledElement;
  const sb = b as unknown as StyledElement;
  return (
    (a.isNode() ? 1 : 0) - (b.isNode() ? 1 : 0) ||
    sa.pstyle('z-index').value - sb.pstyle('z-index').value ||
    sa.poolIndex() - sb.poolIndex()
  );
}

function isRenderer(value: unknown): value is RendererInternals {
  const r = value as Partial<RendererInternals> | null;
  return (
    typeof r?.getCachedZSortedEles === 'function' &&
    typeof r.invalidateCachedZSortedEles === 'function' &&
    typeof r.updateCachedGrabbedEles === 'function' &&
    typeof r.recalculateRenderedStyle === 'function' &&
    typeof r.flushRenderedStyleQueue === 'function' &&
    Array.isArray(r.beforeRenderCallbacks) &&
    typeof r.beforeRenderPriorities?.eleCalcs === 'number' &&
    r.beforeRenderCallbacks.some((cb) => cb.priority === r.beforeRenderPriorities!.eleCalcs)
  );
}

/**
 * Limits what Cytoscape draws and hit-tests to a window of the graph: the nodes in view when
 * few enough are (with their edges), plus whatever is selected or under the pointer. Every
 * element stays in Cytoscape, so selection, filters, styles and exports work as for any graph;
 * only the renderer's list of elements to draw is narrowed, which is where Cytoscape's time goes
 * with tens of thousands of elements. The overview layer draws everything outside the window.
 *
 * Cytoscape also brings every changed element up to date before each frame (style, edge
 * geometry, label sizes), which for thousands of newly added elements takes seconds; the window
 * lets it do so only for what it draws, and leaves the rest dirty: Cytoscape computes a dirty
 * element on demand whenever something asks (a bounding box, an export), so nothing is lost.
 *
 * It replaces two internals of Cytoscape's canvas renderer (the z-sorted element cache and the
 * before-frame element update). When the renderer lacks them (another renderer, another
 * version) `installed` is false and Cytoscape draws and computes everything itself.
 */
export class RenderWindow {
  /** 1 for scene nodes and edges Cytoscape draws now. */
  nodes: Uint8Array = new Uint8Array(0);
  edges: Uint8Array = new Uint8Array(0);
  readonly installed: boolean;
  private list: Element[] = [];
  private members = new Set<Element>();
  /** Elements changed since Cytoscape last brought them up to date. */
  private readonly dirty = new Set<Element>();
  private readonly calcs: BeforeRender | null;
  private readonly originalCalcs: BeforeRender['fn'] | null;
  private readonly originalFlush: (() => void) | null;
  private readonly originalRender: RendererInternals['render'] | null;
  private readonly originalImage: RendererInternals['bufferCanvasImage'] | null;
  /** True while Cytoscape draws an image of the whole graph (cy.png): no window then. */
  private exporting = false;
  private hubs = new Set<string>();
  private extras = new Set<string>();
  private pointer: number[] = [];
  private scene: LargeScene | null = null;
  private readonly renderer: RendererInternals | null;
  private readonly original: RendererInternals['getCachedZSortedEles'] | null;

  /**
   * `onChange` hears when the detail masks change (the overview redraws); `onList` when the
   * elements Cytoscape draws change (their highlight classes follow).
   */
  constructor(
    private readonly cy: cytoscape.Core,
    private readonly onChange: () => void,
    private readonly onList: (list: readonly Element[]) => void = () => {},
  ) {
    const renderer = (cy as unknown as { renderer: () => unknown }).renderer();
    this.renderer = isRenderer(renderer) ? renderer : null;
    this.original = this.renderer ? this.renderer.getCachedZSortedEles : null;
    this.installed = this.renderer !== null;
    if (this.renderer) {
      const r = this.renderer;
      r.getCachedZSortedEles = (forceRecalc?: boolean) => {
        if (this.exporting) return this.original!.call(r, forceRecalc);
        if (forceRecalc || !r.cachedZSortedEles) {
          const eles = this.list.filter((ele) => !ele.removed()).sort(drawOrder) as Element[] & {
            interactive?: Element[];
          };
          eles.interactive = eles.filter((ele) => (ele as unknown as StyledElement).interactive());
          r.cachedZSortedEles = eles;
          r.updateCachedGrabbedEles();
        }
        return r.cachedZSortedEles;
      };
      r.invalidateCachedZSortedEles();
      this.calcs = r.beforeRenderCallbacks.find(
        (cb) => cb.priority === r.beforeRenderPriorities.eleCalcs,
      )!;
      this.originalCalcs = this.calcs.fn;
      this.calcs.fn = (willDraw) => this.updateCalcs(r, willDraw);
      this.originalFlush = r.flushRenderedStyleQueue;
      r.flushRenderedStyleQueue = () => this.updateCalcs(r, true);
      // Drawing onto another canvas (cy.png, cy.jpg) draws everything, as Cytoscape always does.
      const unwindowed = <T>(draw: () => T): T => {
        this.exporting = true;
        r.invalidateCachedZSortedEles();
        try {
          return draw();
        } finally {
          this.exporting = false;
          r.invalidateCachedZSortedEles();
        }
      };
      const render = r.render;
      this.originalRender = render;
      r.render = (options) =>
        options?.forcedContext
          ? unwindowed(() => render.call(r, options))
          : render.call(r, options);
      const image = r.bufferCanvasImage;
      this.originalImage = image ?? null;
      if (image) r.bufferCanvasImage = (options) => unwindowed(() => image.call(r, options));
      cy.on('bounds dirty style background', this.onDirty);
    } else {
      this.calcs = null;
      this.originalCalcs = null;
      this.originalFlush = null;
      this.originalRender = null;
      this.originalImage = null;
    }
  }

  private readonly onDirty = (event: cytoscape.EventObject) => {
    const target = event.target as Element | cytoscape.Core;
    if (target !== this.cy) this.dirty.add(target as Element);
  };

  /**
   * Cytoscape's before-frame update, for windowed elements only (see the class comment): their
   * style, then their rendered geometry; edges of a changed node count as changed.
   */
  private updateCalcs(r: RendererInternals, willDraw: boolean): void {
    if (!willDraw || this.dirty.size === 0) return;
    // Only the window is looked at: walking every dirty element each frame would cost more
    // than the drawing itself.
    const changed: Element[] = [];
    for (const ele of this.list) {
      if (this.dirty.delete(ele) && !ele.removed()) changed.push(ele);
    }
    if (changed.length === 0) return;
    let now = this.cy.collection(changed as unknown as cytoscape.CollectionArgument);
    (now as unknown as RenderedState).cleanStyle();
    now.nodes().forEach((node) => {
      const rstyle = (node as unknown as RenderedState)._private.rstyle;
      if (rstyle.cleanConnected) return;
      rstyle.cleanConnected = true;
      node.connectedEdges().forEach((edge) => {
        const edgeStyle = (edge as unknown as RenderedState)._private.rstyle;
        edgeStyle.clean = false;
        edgeStyle.cleanConnected = false;
        if (this.members.has(edge)) now = now.merge(edge);
        else this.dirty.add(edge);
      });
    });
    for (const fn of r.onUpdateEleCalcsFns ?? []) fn(willDraw, now);
    r.recalculateRenderedStyle(now);
  }

  /** The scene the window is cut from (none: Cytoscape draws nothing). */
  setScene(scene: LargeScene | null): void {
    this.scene = scene;
    // Elements the new scene dropped have left Cytoscape: nothing to bring up to date.
    for (const ele of this.dirty) if (ele.removed()) this.dirty.delete(ele);
    this.refresh();
  }

  /**
   * Elements always in the window: `hubs` (selected nodes) with every edge they have, and
   * `extras` (their neighbours, selected edges) on their own.
   */
  setSpecial(hubs: Iterable<string>, extras: Iterable<string>): void {
    this.hubs = new Set(hubs);
    this.extras = new Set(extras);
    this.refresh();
  }

  /** Nodes near the pointer, by scene index, so they can be hovered, clicked and dragged. */
  setPointer(indices: number[]): boolean {
    if (indices.length === this.pointer.length && indices.every((i, k) => this.pointer[k] === i)) {
      return false;
    }
    this.pointer = indices;
    this.refresh();
    return true;
  }

  /** What Cytoscape draws now. */
  get elements(): readonly Element[] {
    return this.list;
  }

  /**
   * Recomputes the window for the current view; cheap when few nodes are in it. `nodes` and
   * `edges` mark only the detail in view (the overview leaves it to Cytoscape); what is selected
   * or pointed at is drawn by both, the same, so pointing never redraws the overview.
   */
  refresh(): void {
    const scene = this.scene;
    if (!this.renderer || !scene) {
      this.apply([], new Uint8Array(0), new Uint8Array(0));
      return;
    }
    const { arrays } = scene;
    const { offsets, edges: incident } = scene.adjacency;
    const nodes = new Uint8Array(scene.nodeCount);
    const edges = new Uint8Array(scene.edgeCount);
    const view = this.viewBox();
    const grid = scene.spatialGrid();
    const detail: number[] = [];
    if (grid.countIn(view, WINDOW_MAX_NODES + 1) <= WINDOW_MAX_NODES) {
      grid.forEachIn(view, (i) => {
        detail.push(i);
      });
    }
    // The middle of the view first: the detail fills in from there.
    const cx = (view.x1 + view.x2) / 2;
    const cy = (view.y1 + view.y2) / 2;
    const away = (i: number) =>
      Math.abs(scene.positions[2 * i]! - cx) + Math.abs(scene.positions[2 * i + 1]! - cy);
    detail.sort((a, b) => away(a) - away(b));
    // Only what Cytoscape already holds can be drawn by it; the rest stays with the overview.
    const present = (id: string) => {
      const ele = this.cy.getElementById(id);
      return ele.empty() ? null : ele;
    };
    const list: Element[] = [];
    const listed = new Set<string>();
    const add = (ele: Element | null) => {
      if (!ele || listed.has(ele.id())) return false;
      listed.add(ele.id());
      list.push(ele);
      return true;
    };
    // Elements new to Cytoscape's drawing cost it a first computation each: a refresh takes in
    // so many, and the next frame the next ones, so no frame has to do them all.
    let budget = WINDOW_GROWTH;
    let more = false;
    const grow = (ele: Element | null) => {
      if (!ele || listed.has(ele.id())) return false;
      if (!this.members.has(ele)) {
        if (budget <= 0) {
          more = true;
          return false;
        }
        budget--;
      }
      return add(ele);
    };
    for (const i of detail) if (grow(present(arrays.ids[i]!))) nodes[i] = 1;
    for (const i of detail) {
      if (!nodes[i]) continue;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const e = incident[k]!;
        const s = arrays.edges[2 * e]!;
        const other = s === i ? arrays.edges[2 * e + 1]! : s;
        if (nodes[other] && !edges[e] && grow(present(arrays.edgeIds[e]!))) edges[e] = 1;
      }
    }
    if (more) this.refreshSoon();
    // The selection and the pointer's nodes, with every edge they have.
    const touched = new Set<number>(this.pointer);
    for (const id of this.hubs) {
      const i = arrays.index.get(id);
      if (i !== undefined) touched.add(i);
      else add(present(id));
    }
    for (const id of this.extras) add(present(id));
    for (const i of touched) {
      add(present(arrays.ids[i]!));
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++)
        add(present(arrays.edgeIds[incident[k]!]!));
    }
    this.syncPositions(scene, list);
    this.apply(list, nodes, edges);
  }

  private soon = 0;

  /** Refreshes again on the next frame (the detail is still filling in). */
  private refreshSoon(): void {
    if (this.soon) return;
    this.soon = requestAnimationFrame(() => {
      this.soon = 0;
      this.refresh();
    });
  }

  /** Puts Cytoscape back as it was. */
  destroy(): void {
    cancelAnimationFrame(this.soon);
    if (this.renderer && this.original) {
      this.renderer.getCachedZSortedEles = this.original;
      this.renderer.invalidateCachedZSortedEles();
    }
    if (this.calcs && this.originalCalcs) this.calcs.fn = this.originalCalcs;
    if (this.renderer && this.originalFlush) {
      this.renderer.flushRenderedStyleQueue = this.originalFlush;
    }
    if (this.renderer && this.originalRender) this.renderer.render = this.originalRender;
    if (this.renderer && this.originalImage) this.renderer.bufferCanvasImage = this.originalImage;
    this.cy.off('bounds dirty style background', this.onDirty);
  }

  private viewBox(): ModelBox {
    const extent = this.cy.extent();
    const dx = extent.w * WINDOW_MARGIN;
    const dy = extent.h * WINDOW_MARGIN;
    return { x1: extent.x1 - dx, y1: extent.y1 - dy, x2: extent.x2 + dx, y2: extent.y2 + dy };
  }

  /** Windowed nodes stand where the scene says (a layout may have moved them since). */
  private syncPositions(scene: LargeScene, list: Element[]): void {
    this.cy.batch(() => {
      for (const ele of list) {
        if (!ele.isNode() || ele.grabbed()) continue;
        const i = scene.arrays.index.get(ele.id());
        if (i === undefined) continue;
        const x = scene.positions[2 * i]!;
        const y = scene.positions[2 * i + 1]!;
        const at = (ele as cytoscape.NodeSingular).position();
        if (at.x !== x || at.y !== y) (ele as cytoscape.NodeSingular).position({ x, y });
      }
    });
  }

  private apply(list: Element[], nodes: Uint8Array, edges: Uint8Array): void {
    const sameList =
      list.length === this.list.length && list.every((ele, k) => this.list[k] === ele);
    const sameMasks = sameBits(nodes, this.nodes) && sameBits(edges, this.edges);
    this.nodes = nodes;
    this.edges = edges;
    if (!sameList) {
      this.list = list;
      this.members = new Set(list);
      this.renderer?.invalidateCachedZSortedEles();
      this.cy.forceRender();
      this.onList(list);
    }
    if (!sameMasks) this.onChange();
  }
}

function sameBits(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
