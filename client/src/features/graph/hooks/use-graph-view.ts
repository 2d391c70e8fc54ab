import { useEffect, useRef } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { FocusRequest } from '../../../lib/selection.ts';
import type { Theme } from '../../../lib/theme.ts';
import type { LayoutId } from '../utils/layout-choices.ts';
import type { PositionRequest } from '../utils/positions.ts';
import type { Point } from '../../../lib/point.ts';
import type { CanvasVisibility } from '../utils/visibility-classes.ts';
import type { GraphView, NodeAppearance } from '../view/graph-view.ts';

/** What the page wants drawn, and how. */
export interface GraphViewInput {
  graph: GraphModel;
  /** What the filters leave visible. */
  visible: CanvasVisibility;
  layout: LayoutId;
  /** The node whose neighborhood was merged last: new nodes appear around it. */
  anchorId: string | null;
  /** Selected nodes and edges, by id. */
  selected: readonly string[];
  /** Nodes pinned by a drag, where they were put: layouts leave them there. */
  pinned: ReadonlyMap<string, Point>;
  /**
   * Positions to put nodes at instead of laying them out: a shared link's on the first drawing,
   * an undo's or redo's afterwards. Each new `seq` is applied once.
   */
  restore: PositionRequest | null;
  appearance: NodeAppearance;
  theme: Theme;
  focus: FocusRequest | null;
  /** Facts brought forward over the selection (a path, a sentence's facts); null for none. */
  spotlight: readonly string[] | null;
  /** Whether a details panel is open (clicks then act at once). */
  panelOpen: boolean;
}

/**
 * Keeps a GraphView in step with what the page wants: the graph (first shown, then grown), the
 * filters, the layout, restores, selection, look, pins and focus. The only bridge between React
 * state and the drawing; it knows nothing of how the view draws.
 */
export function useGraphView(view: GraphView | null, input: GraphViewInput): void {
  const { graph, visible, layout, restore, selected, pinned, theme, focus, panelOpen } = input;
  const { spotlight } = input;
  const { sizes, tints } = input.appearance;
  // The view the current content was shown on; a new view (a renderer switch) starts over.
  const shownOn = useRef<GraphView | null>(null);
  const appliedLayout = useRef(layout);
  const appliedRestore = useRef<number | null>(null);
  // Read when a graph or layout arrives, never a reason to lay out.
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });

  useEffect(() => {
    if (!view) return;
    const { visible: shownNow, layout: id, anchorId, restore: request } = latest.current;
    const first = shownOn.current !== view;
    if (graph.nodes.size === 0 && first) return;
    const pending = request && (first || request.seq !== appliedRestore.current) ? request : null;
    if (first) {
      shownOn.current = view;
      appliedLayout.current = id;
      if (pending) appliedRestore.current = pending.seq;
    }
    view.show(graph, shownNow, {
      layout: id,
      restore: pending?.positions ?? null,
      anchorId,
      pinned: latest.current.pinned,
    });
  }, [view, graph]);

  useEffect(() => {
    view?.setVisibility(visible);
  }, [view, visible]);

  useEffect(() => {
    if (!view || shownOn.current !== view) return;
    if (restore && restore.seq !== appliedRestore.current) {
      appliedRestore.current = restore.seq;
      appliedLayout.current = layout;
      view.restore(restore.positions);
      return;
    }
    if (appliedLayout.current !== layout) {
      appliedLayout.current = layout;
      view.arrange(layout, latest.current.pinned);
    }
  }, [view, layout, restore]);

  // The graph is a dependency below: newcomers take the current selection, look and pins.
  useEffect(() => {
    view?.setSelection(selected);
  }, [view, selected, graph]);

  useEffect(() => {
    view?.setSpotlight(spotlight);
  }, [view, spotlight]);

  useEffect(() => {
    view?.setAppearance({ sizes, tints });
  }, [view, sizes, tints, graph]);

  useEffect(() => {
    view?.setTheme(theme);
  }, [view, theme]);

  useEffect(() => {
    view?.setPinned(pinned);
  }, [view, pinned, graph]);

  useEffect(() => {
    view?.setPanelOpen(panelOpen);
  }, [view, panelOpen]);

  useEffect(() => {
    if (view && focus) view.focus(focus.id);
  }, [view, focus]);
}
