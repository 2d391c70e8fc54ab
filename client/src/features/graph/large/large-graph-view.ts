import type cytoscape from 'cytoscape';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { graphStyle } from '../utils/graph-style.ts';
import { graphPalette, type Theme } from '../../../lib/theme.ts';
import { framing as framingOf, zoomAboutCenter } from '../../../lib/viewport.ts';
import { revealSelection } from '../utils/reveal-selection.ts';
import type { LayoutId } from '../utils/layout-choices.ts';
import { ringPositions } from '../utils/ring-positions.ts';
import type { Point } from '../../../lib/point.ts';
import type { CanvasVisibility } from '../utils/visibility-classes.ts';
import { CytoscapeWindow } from './cytoscape-window.ts';
import { circleLayout, concentricLayout, layeredLayout } from './direct-layouts.ts';
import type { ForceKind } from './force-job.ts';
import { placeByCamp } from './initial-placement.ts';
import { PLACEMENT_SHARE, spacingFor } from './large-graph.ts';
import { LargeScene } from './large-scene.ts';
import { markOnce } from '../../../lib/perf-marks.ts';
import type {
  GraphView,
  GraphViewEvents,
  NodeAppearance,
  ShowOptions,
  ViewStatus,
} from '../view/graph-view.ts';
import { applyNodeAppearance } from '../view/node-appearance.ts';
import { PointerEvents } from '../view/pointer-events.ts';
import { SceneLayer } from './scene-layer.ts';
import { runForceLayout, type ForceRun } from './run-force-layout.ts';
import { motionMs } from '../../../lib/motion.ts';

/** Centering never leaves the view zoomed out further than this. */
const FOCUS_MIN_ZOOM = 0.9;

/** How far from the pointer, in screen pixels, nodes are handed to Cytoscape to hover. */
const POINTER_REACH_PX = 10;

function plural(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'entity' : 'entities'}`;
}

function forceKindOf(layout: LayoutId): ForceKind | null {
  if (layout === 'camps') return 'camps';
  if (layout === 'fcose') return 'forces';
  return null;
}

/**
 * Draws and arranges a graph of thousands of elements without ever blocking the page for long:
 * the scene (flat arrays) is the truth, an scene layer draws it at once, Cytoscape holds only a
 * window of it (the detail in view, the selection, what is under the pointer; see
 * CytoscapeWindow), hit-testing and box selection use the scene's grid, and force layouts run in
 * a worker.
 */
export class LargeGraphView implements GraphView {
  private scene: LargeScene | null = null;
  private readonly layer: SceneLayer;
  private readonly window: CytoscapeWindow;
  private layout: ForceRun | null = null;
  private layoutToken = 0;
  private layoutStatus: ViewStatus | null = null;
  private ready = false;
  /** An arrangement is waiting to settle: report positions once Cytoscape has caught up. */
  private unsettled = false;
  /** Frame the graph once the running layout lands (unless the person moved the view). */
  private fitWhenDone = false;
  private lastViewport: { zoom: number; x: number; y: number } | null = null;
  private palette = graphPalette('light');
  private brightMask: Uint8Array | null = null;
  private selection: ReadonlySet<string> = new Set();
  /** What a spotlight brings forward (with the selection), or null without one. */
  private lit: ReadonlySet<string> | null = null;
  private spotlight: readonly string[] | null = null;
  private tints: NodeAppearance['tints'] = null;
  private sizes: NodeAppearance['sizes'] = null;
  private pinned: ReadonlyMap<string, Point> = new Map();
  private readonly pointer: PointerEvents;
  private boxStart: Point | null = null;
  private readonly container: HTMLElement | null;

  constructor(
    private readonly cy: cytoscape.Core,
    canvas: HTMLCanvasElement,
    private readonly events: GraphViewEvents,
  ) {
    this.layer = new SceneLayer(canvas, cy);
    this.window = new CytoscapeWindow(cy, {
      viewBox: () => CytoscapeWindow.viewOf(cy),
      decorate: (definition) => this.decorate(definition),
      onMasksChanged: () => this.redraw(),
      onFilled: () => this.onFilled(),
    });
    // Box selection comes from the scene's grid (onBoxEnd): Cytoscape holds only a window.
    this.pointer = new PointerEvents(cy, events, false);
    this.container = cy.container();
    this.container?.addEventListener('mousemove', this.onPointer, true);
    cy.on('viewport', this.onViewport);
    cy.on('drag', 'node', this.onDrag);
    cy.on('boxstart', this.onBoxStart);
    cy.on('boxend', this.onBoxEnd);
  }

  /** The scene on screen, for exports and camp regions. */
  get current(): LargeScene | null {
    return this.scene;
  }

  /** Shows `model`: a first graph is placed and laid out; later ones keep what is known. */
  show(model: GraphModel, visible: CanvasVisibility, options: ShowOptions): void {
    this.pinned = options.pinned;
    const previous = this.scene;
    const scene = new LargeScene(model, previous);
    scene.setVisibility(visible);
    this.scene = scene;
    let force: ForceKind | null = null;
    if (!previous) {
      const restore = options.restore;
      if (restore && scene.arrays.ids.every((id) => restore[id] !== undefined)) {
        scene.place(restore);
      } else {
        force = this.placeFirst(scene, options.layout);
        scene.place(Object.fromEntries(options.pinned));
      }
      this.frame(scene, false);
      this.layer.whenDrawn(() =>
        requestAnimationFrame(() => {
          if (scene.nodeCount > 0) markOnce('explorer:first-frame');
        }),
      );
      this.unsettled = true;
    } else if (this.placeNewcomers(scene, previous, options.anchorId)) {
      // Newcomers stand somewhere new: the exploration hears once they are drawn.
      this.unsettled = true;
    }
    this.brightMask = this.lit ? this.litMask(this.lit) : this.focusMask([...this.selection]);
    this.window.setScene(scene, model);
    this.redraw();
    if (force) this.runForce(force, options.pinned);
    // Placed without a force layout (restored, a direct layout, newcomers on a ring): settled.
    else this.settleIfDone();
  }

  /** Applies the filters: hidden nodes leave the scene layer and the window. */
  setVisibility(visible: CanvasVisibility): void {
    if (!this.scene?.setVisibility(visible)) return;
    this.window.refresh();
    this.redraw();
  }

  /** Arranges everything anew with `layout`, pinned nodes staying where they are. */
  arrange(layout: LayoutId, pinned: ReadonlyMap<string, Point>): void {
    const scene = this.scene;
    if (!scene) return;
    this.cancelLayout();
    this.unsettled = true;
    this.fitWhenDone = true;
    const force = forceKindOf(layout);
    if (force) {
      this.runForce(force, pinned);
      return;
    }
    const positions = this.directLayout(scene, layout);
    for (const [id, point] of pinned) {
      const i = scene.arrays.index.get(id);
      if (i === undefined) continue;
      positions[2 * i] = point.x;
      positions[2 * i + 1] = point.y;
    }
    this.land(scene, positions);
  }

  /** Puts nodes where `positions` says (an undo, a redo): no layout, no glide. */
  restore(positions: Readonly<Record<string, Point>>): void {
    const scene = this.scene;
    if (!scene) return;
    this.cancelLayout();
    scene.place(positions);
    this.unsettled = true;
    this.afterMove(scene);
  }

  /** Mirrors the selection: Cytoscape holds it with its neighborhood; the rest fades. */
  setSelection(ids: readonly string[]): void {
    this.selection = new Set(ids);
    this.updateLook();
  }

  /** Brings the spotlit facts forward (they alone stay bright) and glides to them. */
  setSpotlight(ids: readonly string[] | null): void {
    this.spotlight = ids;
    this.updateLook();
    if (this.lit) this.frameLit(this.lit);
  }

  /** The selection's or the spotlight's look, on the scene layer and on what Cytoscape holds. */
  private updateLook(): void {
    const ids = [...this.selection];
    const lit = this.spotlight ? this.litSet(this.spotlight) : null;
    this.lit = lit;
    this.brightMask = lit ? this.litMask(lit) : this.focusMask(ids);
    this.window.setSpecial(ids, [...this.neighborIds(ids), ...(lit ?? [])]);
    this.restyleHeld();
    this.redraw();
  }

  /** The spotlit ids with the selection and the ends of their relationships, as on small graphs. */
  private litSet(ids: readonly string[]): Set<string> {
    const lit = new Set([...ids, ...this.selection]);
    const scene = this.scene;
    if (!scene) return lit;
    scene.arrays.edgeIds.forEach((id, e) => {
      if (!lit.has(id)) return;
      lit.add(scene.arrays.ids[scene.arrays.edges[2 * e]!]!);
      lit.add(scene.arrays.ids[scene.arrays.edges[2 * e + 1]!]!);
    });
    return lit;
  }

  private litMask(lit: ReadonlySet<string>): Uint8Array | null {
    const scene = this.scene;
    if (!scene) return null;
    return Uint8Array.from(scene.arrays.ids, (id) => (lit.has(id) ? 1 : 0));
  }

  /** Glides to the spotlit nodes, zooming out only as far as needed to show them all. */
  private frameLit(lit: ReadonlySet<string>): void {
    const scene = this.scene;
    if (!scene) return;
    let box: { x1: number; y1: number; x2: number; y2: number } | null = null;
    for (const id of lit) {
      const at = scene.positionOf(id);
      if (!at) continue;
      box = box
        ? {
            x1: Math.min(box.x1, at.x),
            y1: Math.min(box.y1, at.y),
            x2: Math.max(box.x2, at.x),
            y2: Math.max(box.y2, at.y),
          }
        : { x1: at.x, y1: at.y, x2: at.x, y2: at.y };
    }
    if (!box) return;
    const fitted = framingOf(this.cy, box);
    const zoom = Math.min(this.cy.zoom(), fitted.zoom);
    const middle = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const pan = {
      x: this.cy.width() / 2 - middle.x * zoom,
      y: this.cy.height() / 2 - middle.y * zoom,
    };
    this.cy.stop();
    this.cy.animate({ zoom, pan }, { duration: motionMs(450) });
  }

  /** Ids of every node and relationship the filters show: the whole drawn graph. */
  drawnIds(): { nodes: string[]; edges: string[] } {
    const scene = this.scene;
    if (!scene) return { nodes: [], edges: [] };
    return {
      nodes: scene.arrays.ids.filter((_id, i) => scene.nodeShown[i] === 1),
      edges: scene.arrays.edgeIds.filter((_id, e) => scene.edgeShown[e] === 1),
    };
  }

  /** Where a node is drawn, in pixels from the canvas's top left corner. */
  renderedPositionOf(id: string): Point | undefined {
    const at = this.scene?.positionOf(id);
    if (!at) return undefined;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    return { x: at.x * zoom + pan.x, y: at.y * zoom + pan.y };
  }

  /** Ids of the elements Cytoscape holds now (the window). */
  heldIds(): ReadonlySet<string> {
    return this.window.heldIds;
  }

  /**
   * Selection, fading and highlighting as on a small graph, for what Cytoscape holds: everything
   * but the selected elements, their relationships and the nodes at the other end fades. (The
   * scene layer fades the rest itself.)
   */
  private lookOf(id: string, isNode: boolean, ends?: { source: string; target: string }) {
    if (this.lit) {
      const on = this.lit.has(id);
      return { selected: on, faded: !on, highlighted: on && !isNode };
    }
    const selected = this.selection.has(id);
    if (this.selection.size === 0) return { selected, faded: false, highlighted: false };
    if (isNode) {
      const i = this.scene?.arrays.index.get(id);
      const bright = i !== undefined && this.brightMask?.[i] === 1;
      return { selected, faded: !bright, highlighted: false };
    }
    const touching =
      selected || this.selection.has(ends!.source) || this.selection.has(ends!.target);
    return { selected, faded: !touching, highlighted: touching };
  }

  /** An element entering Cytoscape gets the look it would have had there all along. */
  private decorate(definition: cytoscape.ElementDefinition): void {
    const data = definition.data;
    const id = data.id!;
    const isNode = definition.group === 'nodes';
    const look = this.lookOf(id, isNode, data as { source: string; target: string });
    const classes = [...toClassList(definition.classes)];
    if (look.faded) classes.push('faded');
    if (look.highlighted) classes.push('highlighted');
    definition.classes = classes;
    definition.selected = look.selected;
    if (!isNode) return;
    if (this.pinned.has(id)) classes.push('pinned');
    const size = this.sizes?.get(id);
    if (size !== undefined) data.size = size;
    const tint = this.tints?.get(id);
    if (tint) Object.assign(data, { tint: tint.color, tintInk: tint.ink });
  }

  /** Brings the look of everything Cytoscape holds in line with the selection. */
  private restyleHeld(): void {
    this.cy.batch(() => {
      this.cy.elements().forEach((ele) => {
        const edge = ele.isEdge()
          ? { source: ele.source().id(), target: ele.target().id() }
          : undefined;
        const look = this.lookOf(ele.id(), ele.isNode(), edge);
        if (ele.selected() !== look.selected) {
          if (look.selected) ele.select();
          else ele.unselect();
        }
        if (ele.hasClass('faded') !== look.faded) ele.toggleClass('faded', look.faded);
        if (ele.hasClass('highlighted') !== look.highlighted) {
          ele.toggleClass('highlighted', look.highlighted);
        }
      });
    });
  }

  /** Sizes and tints the analysis computed: the scene layer's, and data on what Cytoscape holds. */
  setAppearance(appearance: NodeAppearance): void {
    this.sizes = appearance.sizes;
    this.tints = appearance.tints;
    applyNodeAppearance(this.cy, appearance);
    this.redraw();
  }

  setTheme(theme: Theme): void {
    this.palette = graphPalette(theme);
    this.cy.style(graphStyle(theme, true) as unknown as cytoscape.StylesheetJson);
    this.redraw();
  }

  setPinned(pinned: ReadonlyMap<string, Point>): void {
    this.pinned = pinned;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('pinned', pinned.has(node.id()));
      });
    });
  }

  setPanelOpen(open: boolean): void {
    this.pointer.setPanelOpen(open);
  }

  /** Pans to a node from where the scene says it is (Cytoscape may not hold it). */
  focus(id: string): void {
    const at = this.scene?.positionOf(id);
    if (!at) return;
    cancelAnimationFrame(this.focusFrame);
    // Two frames: the details panel opening with this focus resizes the canvas first.
    this.focusFrame = requestAnimationFrame(() => {
      this.focusFrame = requestAnimationFrame(() => {
        const { cy } = this;
        if (cy.destroyed()) return;
        cy.stop();
        const zoom = Math.max(cy.zoom(), FOCUS_MIN_ZOOM);
        const pan = { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom };
        cy.animate({ zoom, pan }, { duration: motionMs(450) });
      });
    });
  }

  zoomBy(factor: number): void {
    zoomAboutCenter(this.cy, factor);
  }

  positions(): Record<string, Point> {
    return this.scene?.positionsById() ?? {};
  }

  private focusFrame = 0;

  /** The box around every visible node, in model coordinates. */
  box() {
    return this.scene?.box() ?? null;
  }

  /** Frames every visible node, gliding there unless `animate` is false. */
  fit(animate = true): void {
    const scene = this.scene;
    if (scene) this.frame(scene, animate);
  }

  resized(): void {
    const framed = !this.viewMovedByPerson();
    this.cy.resize();
    const scene = this.scene;
    if (framed && scene) this.frame(scene, true);
    else revealSelection(this.cy);
  }

  destroy(): void {
    cancelAnimationFrame(this.focusFrame);
    this.pointer.destroy();
    this.cancelLayout();
    this.layer.destroy();
    this.window.destroy();
    this.container?.removeEventListener('mousemove', this.onPointer, true);
    this.cy.off('viewport', this.onViewport);
    this.cy.off('drag', 'node', this.onDrag);
    this.cy.off('boxstart', this.onBoxStart);
    this.cy.off('boxend', this.onBoxEnd);
    this.events.onStatus(null);
  }

  /** The first arrangement; returns the force layout that refines it, if any. */
  private placeFirst(scene: LargeScene, layout: LayoutId): ForceKind | null {
    const force = forceKindOf(layout);
    if (force) {
      const spacing = spacingFor(scene.nodeCount) * PLACEMENT_SHARE;
      scene.setPositions(placeByCamp(scene.arrays, spacing).positions);
      return force;
    }
    scene.setPositions(this.directLayout(scene, layout));
    return null;
  }

  private directLayout(scene: LargeScene, layout: LayoutId): Float64Array {
    const spacing = spacingFor(scene.nodeCount);
    switch (layout) {
      case 'concentric':
        return concentricLayout(scene.arrays, spacing);
      case 'hierarchy':
        return layeredLayout(scene.arrays, spacing);
      case 'circle':
        return circleLayout(scene.arrays, spacing * 0.6);
      default:
        return placeByCamp(scene.arrays, spacing * PLACEMENT_SHARE).positions;
    }
  }

  /** Nodes an expansion brought in go on a ring around the expanded node; false for none. */
  private placeNewcomers(
    scene: LargeScene,
    previous: LargeScene,
    anchorId: string | null,
  ): boolean {
    const newcomers: number[] = [];
    for (let i = 0; i < scene.nodeCount; i++) if (!scene.placed[i]) newcomers.push(i);
    if (newcomers.length === 0) return false;
    const anchor = anchorId ? scene.positionOf(anchorId) : undefined;
    const extent = this.cy.extent();
    const center = anchor ?? { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const box = previous.box();
    const middle = box ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : undefined;
    // The ring leaves a little more room per newcomer than the layouts do.
    const perNode = spacingFor(scene.nodeCount) * 1.2;
    const radius = Math.max(150, (newcomers.length * perNode) / (2 * Math.PI));
    const spots = ringPositions(center, newcomers.length, radius, middle);
    scene.place(
      Object.fromEntries(newcomers.map((i, k) => [scene.arrays.ids[i]!, spots[k] ?? center])),
    );
    return true;
  }

  private runForce(kind: ForceKind, pinned: ReadonlyMap<string, Point>): void {
    const scene = this.scene;
    if (!scene) return;
    this.cancelLayout();
    const token = ++this.layoutToken;
    const fixed = new Uint8Array(scene.nodeCount);
    for (const id of pinned.keys()) {
      const i = scene.arrays.index.get(id);
      if (i !== undefined) fixed[i] = 1;
    }
    const text = `Laying out ${plural(scene.nodeCount)}…`;
    this.layoutStatus = { text, done: 0 };
    this.publishStatus();
    this.layout = runForceLayout(
      {
        kind,
        count: scene.nodeCount,
        edges: scene.arrays.edges,
        camp: scene.arrays.camp,
        positions: scene.positions.slice(),
        fixed,
        spacing: spacingFor(scene.nodeCount),
      },
      (done, positions) => {
        if (token !== this.layoutToken || this.scene !== scene) return;
        this.layoutStatus = { text, done };
        this.publishStatus();
        // The layout shows as it forms: the scene layer follows; Cytoscape waits for the result.
        if (positions) {
          scene.setPositions(positions);
          this.window.refresh();
          this.redraw();
        }
      },
    );
    void this.layout.result.then((positions) => {
      if (token !== this.layoutToken) return;
      this.layout = null;
      this.layoutStatus = null;
      this.publishStatus();
      if (!positions || this.scene !== scene) return;
      this.land(scene, positions);
    });
  }

  /** A layout's result arrives: the scene layer shows it now, Cytoscape catches up in chunks. */
  private land(scene: LargeScene, positions: Float64Array): void {
    scene.setPositions(positions);
    this.afterMove(scene);
    if (this.fitWhenDone || !this.viewMovedByPerson()) this.frame(scene, true);
    this.fitWhenDone = false;
  }

  private afterMove(scene: LargeScene): void {
    this.window.refresh();
    this.redraw();
    if (this.scene === scene) this.settleIfDone();
  }

  private cancelLayout(): void {
    this.layoutToken += 1;
    this.layout?.cancel();
    this.layout = null;
    if (this.layoutStatus) {
      this.layoutStatus = null;
      this.publishStatus();
    }
  }

  /** Frames the scene; remembers the viewport so a later layout knows whether to frame again. */
  private frame(scene: LargeScene, animate: boolean): void {
    const box = scene.box();
    if (!box) return;
    const view = framingOf(this.cy, box);
    this.lastViewport = { zoom: view.zoom, x: view.pan.x, y: view.pan.y };
    this.cy.stop();
    if (animate) this.cy.animate(view, { duration: motionMs(400), easing: 'ease-in-out-cubic' });
    else this.cy.viewport(view);
  }

  private viewMovedByPerson(): boolean {
    const last = this.lastViewport;
    if (!last) return true;
    if (this.cy.animated()) return false;
    const pan = this.cy.pan();
    return (
      Math.abs(this.cy.zoom() - last.zoom) > 1e-6 ||
      Math.abs(pan.x - last.x) > 0.5 ||
      Math.abs(pan.y - last.y) > 0.5
    );
  }

  /** The window holds what it wants: the first time, the canvas counts as drawn. */
  private onFilled(): void {
    if (this.ready || !this.scene) return;
    this.ready = true;
    this.events.onReady();
  }

  private settleIfDone(): void {
    const scene = this.scene;
    if (!scene || !this.unsettled || this.layout) return;
    this.unsettled = false;
    markOnce('explorer:layout-settled');
    this.events.onPositions(scene.positionsById());
  }

  private publishStatus(): void {
    this.events.onStatus(this.layoutStatus);
  }

  /** The other ends of the selected nodes' edges: Cytoscape draws them with their names. */
  private neighborIds(ids: readonly string[]): string[] {
    const scene = this.scene;
    if (!scene || ids.length === 0) return [];
    const out = new Set<string>();
    for (const id of ids) {
      const i = scene.arrays.index.get(id);
      if (i === undefined) continue;
      const { offsets, edges } = scene.adjacency;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const e = edges[k]!;
        out.add(scene.arrays.ids[scene.arrays.edges[2 * e]!]!);
        out.add(scene.arrays.ids[scene.arrays.edges[2 * e + 1]!]!);
      }
    }
    return [...out];
  }

  /** What stays bright around a selection (the selected, their neighbours, an edge's ends). */
  private focusMask(ids: readonly string[]): Uint8Array | null {
    const scene = this.scene;
    if (!scene || ids.length === 0) return null;
    const mask = new Uint8Array(scene.nodeCount);
    const { arrays, adjacency } = scene;
    const edgeIndex = new Set(ids);
    for (const id of ids) {
      const i = arrays.index.get(id);
      if (i === undefined) continue;
      mask[i] = 1;
      for (let k = adjacency.offsets[i]!; k < adjacency.offsets[i + 1]!; k++) {
        const e = adjacency.edges[k]!;
        mask[arrays.edges[2 * e]!] = 1;
        mask[arrays.edges[2 * e + 1]!] = 1;
      }
    }
    arrays.edgeIds.forEach((id, e) => {
      if (!edgeIndex.has(id)) return;
      mask[arrays.edges[2 * e]!] = 1;
      mask[arrays.edges[2 * e + 1]!] = 1;
    });
    return mask;
  }

  private redraw(): void {
    const scene = this.scene;
    if (!scene) return;
    const tints = this.tints
      ? scene.arrays.ids.map((id) => {
          const tint = this.tints!.get(id);
          return tint ? ([tint.color, tint.ink] as const) : undefined;
        })
      : null;
    const sizes = this.sizes
      ? Float32Array.from(scene.arrays.ids, (id, i) => this.sizes!.get(id) ?? scene.sizes[i]!)
      : null;
    this.layer.set({
      scene,
      palette: this.palette,
      skipNodes: this.window.nodes,
      skipEdges: this.window.edges,
      focus: this.brightMask,
      tints,
      sizes,
      labels: true,
    });
  }

  private readonly onViewport = () => {
    clearTimeout(this.viewportTimer);
    this.viewportTimer = window.setTimeout(() => this.window.refresh(), 120);
  };

  private viewportTimer = 0;

  private readonly onPointer = (event: MouseEvent) => {
    const scene = this.scene;
    if (!scene || !this.container || event.buttons !== 0) return;
    const rect = this.container.getBoundingClientRect();
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const x = (event.clientX - rect.left - pan.x) / zoom;
    const y = (event.clientY - rect.top - pan.y) / zoom;
    const reach = POINTER_REACH_PX / zoom;
    const near = scene
      .spatialGrid()
      .near(x, y, reach, (i) => scene.sizes[i]! / 2, 30)
      .slice(0, 4);
    this.window.setPointer(near);
  };

  private readonly onDrag = (event: cytoscape.EventObject) => {
    const scene = this.scene;
    const node = event.target as cytoscape.NodeSingular;
    const i = scene?.arrays.index.get(node.id());
    if (!scene || i === undefined) return;
    const { x, y } = node.position();
    scene.moveNode(i, x, y);
    this.redraw();
  };

  private readonly onBoxStart = (event: cytoscape.EventObject) => {
    this.boxStart = { ...event.position };
  };

  private readonly onBoxEnd = (event: cytoscape.EventObject) => {
    const scene = this.scene;
    const start = this.boxStart;
    this.boxStart = null;
    if (!scene || !start) return;
    const end = event.position;
    const ids: string[] = [];
    scene.spatialGrid().forEachIn(
      {
        x1: Math.min(start.x, end.x),
        y1: Math.min(start.y, end.y),
        x2: Math.max(start.x, end.x),
        y2: Math.max(start.y, end.y),
      },
      (i) => {
        ids.push(scene.arrays.ids[i]!);
      },
    );
    if (ids.length > 0) this.events.onBoxSelect(ids);
  };
}

/** Cytoscape takes classes as a string or a list; the window works with lists. */
function toClassList(classes: cytoscape.ElementDefinition['classes']): string[] {
  if (!classes) return [];
  return typeof classes === 'string' ? classes.split(' ').filter(Boolean) : [...classes];
}
