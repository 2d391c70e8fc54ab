import type cytoscape from 'cytoscape';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { markOnce } from '../../../lib/perf-marks.ts';
import { framing, sameFraming, zoomAboutCenter } from '../../../lib/viewport.ts';
import { revealSelection } from '../utils/reveal-selection.ts';
import { declutterLabels } from '../utils/label-declutter.ts';
import { graphStyle } from '../utils/graph-style.ts';
import { type Theme } from '../../../lib/theme.ts';
import { LayoutRunner } from '../utils/layout-runner.ts';
import { layoutOptions, loadLayout, nudgesOffEdges, type LayoutId } from '../utils/layouts.ts';
import { patchElements } from '../utils/patch-elements.ts';
import { placeNewNodes } from '../utils/place-new-nodes.ts';
import { placesAll, positionsOf, presetFor } from '../utils/positions.ts';
import type { Point } from '../../../lib/point.ts';
import { toElements } from '../utils/to-elements.ts';
import { applyVisibility, type CanvasVisibility } from '../utils/visibility-classes.ts';
import type { GraphView, GraphViewEvents, NodeAppearance, ShowOptions } from './graph-view.ts';
import { applyNodeAppearance } from './node-appearance.ts';
import { PointerEvents } from './pointer-events.ts';
import { applySpotlight, centerWhenSettled } from './spotlight.ts';
import { motionMs } from '../../../lib/motion.ts';

/** Whole-graph layouts glide for this long, in ms. */
const LAYOUT_GLIDE_MS = 550;
/** New neighbors settle a little faster: less moves. */
const GROW_GLIDE_MS = 450;
/** Undo and redo glide back quickly: the person knows where things were. */
const RESTORE_GLIDE_MS = 300;
/** Centering never leaves the view zoomed out further than this. */
const FOCUS_MIN_ZOOM = 0.9;

function visibleElements(cy: cytoscape.Core): cytoscape.CollectionReturnValue {
  return cy.elements().not('.filtered');
}

/**
 * A small graph drawn by Cytoscape alone, every element in it: the first graph gets the chosen
 * layout (or restored positions), later ones only settle the newcomers around the anchor,
 * another layout rearranges what is visible around pinned nodes, and filtering only toggles a
 * class. Layouts are computed at once and glided to (LayoutRunner).
 */
export class CytoscapeGraphView implements GraphView {
  private readonly runner: LayoutRunner;
  private readonly pointer: PointerEvents;
  private layout: LayoutId | null = null;
  private pinned: ReadonlyMap<string, Point> = new Map();
  private declutterFrame = 0;
  /** Until when (performance.now()) a resize's glide to the new framing is under way. */
  private refittingUntil = 0;
  private drawn = false;
  private focusFrame = 0;
  private selection: readonly string[] = [];
  private spotlight: readonly string[] | null = null;
  private stopCentering = () => {};

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly events: GraphViewEvents,
  ) {
    this.runner = new LayoutRunner(cy, (busy) =>
      events.onStatus(busy && this.drawn ? { text: 'Arranging…', done: null } : null),
    );
    this.pointer = new PointerEvents(cy, events);
    cy.on('layoutstop dragfree', this.scheduleDeclutter);
  }

  show(model: GraphModel, visible: CanvasVisibility, options: ShowOptions): void {
    const { cy } = this;
    this.pinned = options.pinned;
    const hadNodes = cy.nodes().nonempty();
    const { added } = patchElements(cy, toElements(model));
    applyVisibility(cy, visible);
    this.markPinned();
    const restore = options.restore;
    if (!hadNodes) {
      if (cy.nodes().empty()) return;
      this.layout = options.layout;
      // A shared link says where everything was: put it there rather than laying it out.
      if (restore && placesAll(cy.nodes(), restore)) this.glideTo(restore, 0);
      // The first drawing appears in place: there is nothing yet to follow with the eye.
      else void this.arrangeAll(options.layout, 0);
      return;
    }
    const addedNodes = added.nodes();
    if (addedNodes.empty()) return;
    if (restore && placesAll(addedNodes, restore)) {
      // An undone collapse brings nodes back where they were; a restore glides the rest.
      addedNodes.forEach((node) => {
        node.position({ ...restore[node.id()]! });
      });
      return;
    }
    const placement = placeNewNodes(cy, addedNodes, options.anchorId);
    const movable = new Set(addedNodes.map((node) => node.id()));
    const motion = { fit: false, duration: GROW_GLIDE_MS, nudge: { movable } };
    void this.runner.run(visibleElements(cy), placement, motion).then((done) => {
      if (!done) return;
      this.report();
      // Bring the newcomers into view if the ring pushed any of them off screen.
      const view = cy.extent();
      const box = addedNodes.boundingBox();
      if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
        cy.animate(framing(cy, visibleElements(cy).boundingBox()), { duration: motionMs(400) });
      }
    });
  }

  setVisibility(visible: CanvasVisibility): void {
    applyVisibility(this.cy, visible);
    this.scheduleDeclutter();
  }

  setSelection(ids: readonly string[]): void {
    const { cy } = this;
    this.selection = ids;
    if (this.spotlight) {
      applySpotlight(cy, [...this.spotlight, ...ids]);
      return;
    }
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted');
      let target = cy.collection();
      for (const id of ids) target = target.union(cy.getElementById(id));
      cy.elements(':selected').difference(target).unselect();
      if (target.empty()) return;
      target.select();
      const focusEdges = target.nodes().connectedEdges().union(target.edges());
      const keep = focusEdges.union(focusEdges.connectedNodes()).union(target);
      cy.elements().difference(keep).addClass('faded');
      focusEdges.addClass('highlighted');
      // The neighbors' labels show even where they give way to others' (label-declutter.ts).
      keep.nodes().addClass('highlighted');
    });
  }

  setAppearance(appearance: NodeAppearance): void {
    applyNodeAppearance(this.cy, appearance);
    this.scheduleDeclutter();
  }

  setSpotlight(ids: readonly string[] | null): void {
    this.spotlight = ids;
    this.setSelection(this.selection);
    this.stopCentering();
    this.stopCentering = ids ? centerWhenSettled(this.cy, ids) : () => {};
  }

  setTheme(theme: Theme): void {
    this.cy.style(graphStyle(theme) as unknown as cytoscape.StylesheetJson);
  }

  setPinned(pinned: ReadonlyMap<string, Point>): void {
    this.pinned = pinned;
    this.markPinned();
  }

  setPanelOpen(open: boolean): void {
    this.pointer.setPanelOpen(open);
  }

  arrange(layout: LayoutId, pinned: ReadonlyMap<string, Point>): void {
    this.pinned = pinned;
    if (this.layout === null) return;
    void this.arrangeAll(layout, LAYOUT_GLIDE_MS);
  }

  restore(positions: Readonly<Record<string, Point>>): void {
    this.glideTo(positions, RESTORE_GLIDE_MS);
  }

  focus(id: string): void {
    const { cy } = this;
    cancelAnimationFrame(this.focusFrame);
    // A layout still moving nodes would carry the target away from the center; wait for it.
    this.runner.whenIdle(() => {
      // Two frames: the details panel opening with this focus resizes the canvas first.
      this.focusFrame = requestAnimationFrame(() => {
        this.focusFrame = requestAnimationFrame(() => {
          const target = cy.getElementById(id);
          if (cy.destroyed() || target.empty()) return;
          cy.stop();
          const zoom = Math.max(cy.zoom(), FOCUS_MIN_ZOOM);
          cy.animate({ zoom, center: { eles: target } }, { duration: motionMs(450) });
        });
      });
    });
  }

  fit(): void {
    const { cy } = this;
    cy.stop();
    cy.animate(framing(cy, cy.elements(':visible').boundingBox()), { duration: motionMs(350) });
  }

  resized(): void {
    const { cy } = this;
    const shown = cy.elements(':visible');
    // Judged at the old size (Cytoscape still holds it): was the whole graph framed?
    // A glide started by an earlier resize (the dock being dragged) counts as framed.
    const framed =
      shown.nonempty() &&
      (performance.now() < this.refittingUntil ||
        (!cy.animated() &&
          sameFraming({ zoom: cy.zoom(), pan: cy.pan() }, framing(cy, shown.boundingBox()))));
    cy.resize();
    if (!framed) {
      revealSelection(cy);
      return;
    }
    cy.stop();
    const duration = motionMs(300);
    this.refittingUntil = performance.now() + duration + 50;
    cy.animate(framing(cy, shown.boundingBox()), { duration });
  }

  zoomBy(factor: number): void {
    zoomAboutCenter(this.cy, factor);
  }

  drawnIds(): { nodes: string[]; edges: string[] } {
    const shown = visibleElements(this.cy);
    return {
      nodes: shown.nodes().map((node) => node.id()),
      edges: shown.edges().map((edge) => edge.id()),
    };
  }

  positions(): Record<string, Point> {
    return positionsOf(this.cy);
  }

  renderedPositionOf(id: string): Point | undefined {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.isNode() ? { ...node.renderedPosition() } : undefined;
  }

  destroy(): void {
    this.cy.off('layoutstop dragfree', this.scheduleDeclutter);
    cancelAnimationFrame(this.declutterFrame);
    this.stopCentering();
    cancelAnimationFrame(this.focusFrame);
    this.runner.stop();
    this.pointer.destroy();
    this.events.onStatus(null);
  }

  /** Labels are sorted out once per frame, after whatever moved or showed has settled there. */
  private readonly scheduleDeclutter = () => {
    cancelAnimationFrame(this.declutterFrame);
    this.declutterFrame = requestAnimationFrame(() => {
      if (!this.cy.destroyed()) declutterLabels(this.cy);
    });
  };

  private markPinned(): void {
    const { cy, pinned } = this;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('pinned', pinned.has(node.id()));
      });
    });
  }

  private report(): void {
    if (!this.cy.destroyed()) this.events.onPositions(positionsOf(this.cy));
  }

  private markDrawn(): void {
    const { cy } = this;
    if (!this.drawn) {
      this.drawn = true;
      this.events.onReady();
    }
    // The frame after next has painted the arrangement: the graph is on screen, and settled.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (cy.destroyed() || cy.nodes().empty()) return;
        markOnce('explorer:first-frame');
        markOnce('explorer:layout-settled');
      }),
    );
  }

  private async arrangeAll(id: LayoutId, duration: number): Promise<void> {
    const { cy } = this;
    this.layout = id;
    await loadLayout(id);
    if (cy.destroyed() || this.layout !== id) return;
    const elements = visibleElements(cy);
    const options = layoutOptions(id, elements.nodes(), this.pinned);
    const motion = { fit: true, duration, nudge: nudgesOffEdges(id) && {}, fixed: this.pinned };
    const done = await this.runner.run(elements, options, motion);
    if (!done) return;
    this.markDrawn();
    this.report();
  }

  /** Glides (or, with no duration, jumps) nodes to `positions`. */
  private glideTo(positions: Readonly<Record<string, Point>>, ms: number): void {
    const { cy } = this;
    const elements = cy.elements();
    const preset = {
      name: 'preset',
      positions: Object.fromEntries(presetFor(elements.nodes(), positions)),
    };
    void this.runner
      .run(elements, preset as cytoscape.LayoutOptions, {
        fit: ms === 0,
        duration: ms,
        nudge: false,
      })
      .then((done) => {
        if (!done) return;
        this.markDrawn();
        this.report();
      });
  }
}
