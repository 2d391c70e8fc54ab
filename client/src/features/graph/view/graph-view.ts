import type { GraphModel } from '../../../lib/graph-model.ts';
import type { NodeMenu } from '../../../lib/node-menu.ts';
import type { Theme } from '../../../lib/theme.ts';
import type { LayoutId } from '../utils/layout-choices.ts';
import type { Point } from '../../../lib/point.ts';
import type { CanvasVisibility } from '../utils/visibility-classes.ts';

/** How nodes look beyond their kind: sizes and fills the analysis computed. */
export interface NodeAppearance {
  /** Diameter per node id; null leaves the default (by number of relationships). */
  sizes: ReadonlyMap<string, number> | null;
  /** Fill and outline per node id; null leaves the kind colors. */
  tints: ReadonlyMap<string, { color: string; ink: string }> | null;
}

/** How a graph given to `show` is to be arranged. */
export interface ShowOptions {
  layout: LayoutId;
  /** Positions that place every node (a shared link's, an undo's): used instead of a layout. */
  restore: Readonly<Record<string, Point>> | null;
  /** New nodes appear around this one. */
  anchorId: string | null;
  pinned: ReadonlyMap<string, Point>;
}

/** Long work on the graph, for a progress line. */
export interface ViewStatus {
  /** e.g. "Laying out 20,000 entities…". */
  text: string;
  /** Share done, 0 to 1; null when unknown. */
  done: number | null;
}

/** What a click on the graph asks for. */
export interface CanvasPick {
  /** The element clicked, or null for empty space. */
  id: string | null;
  /** Shift, Ctrl or Cmd was held: add to (or take from) the selection instead of replacing it. */
  additive: boolean;
}

/** What a view tells the page. */
export interface GraphViewEvents {
  onPick(pick: CanvasPick): void;
  /** A Shift-drag box was drawn around these nodes. */
  onBoxSelect(ids: string[]): void;
  /** A node was double-clicked: its neighbors are wanted. */
  onExpand(nodeId: string): void;
  /** A drag ended: these nodes were put here, and stay. */
  onPin(positions: Record<string, Point>): void;
  /** An arrangement has settled: every node's position, for the exploration's record. */
  onPositions(positions: Record<string, Point>): void;
  /** The graph is first on screen (the canvas counts as drawn). */
  onReady(): void;
  /** Long work started, moved on or ended (null). */
  onStatus(status: ViewStatus | null): void;
  /** A node was right-clicked (a menu is wanted there), or the menu should close (null). */
  onNodeMenu(menu: NodeMenu | null): void;
}

/**
 * Everything the page asks of the drawing of a graph, whichever way it is drawn: Cytoscape on
 * its own for small graphs (CytoscapeGraphView), a scene with an scene layer and a window in
 * Cytoscape for large ones (LargeGraphView). React components talk to this, never to Cytoscape.
 */
export interface GraphView {
  /** Shows `model`: a first graph is arranged (or restored); later ones place only newcomers. */
  show(model: GraphModel, visible: CanvasVisibility, options: ShowOptions): void;
  /** What the filters leave visible; toggling it never adds or removes anything from the model. */
  setVisibility(visible: CanvasVisibility): void;
  /** Selected nodes and relationships, by id: they stand out, the rest steps back. */
  setSelection(ids: readonly string[]): void;
  /**
   * Facts brought forward over the selection (a path, a sentence's facts): they and the
   * selection stand out, the rest steps back, and the view glides to them; null ends it.
   */
  setSpotlight(ids: readonly string[] | null): void;
  setAppearance(appearance: NodeAppearance): void;
  setTheme(theme: Theme): void;
  /** Nodes pinned by a drag: drawn as pinned, kept in place by layouts. */
  setPinned(pinned: ReadonlyMap<string, Point>): void;
  /** Whether a details panel is open: clicks then act at once (see pointer-events). */
  setPanelOpen(open: boolean): void;
  /** Arranges everything anew with `layout`, pinned nodes staying where they are. */
  arrange(layout: LayoutId, pinned: ReadonlyMap<string, Point>): void;
  /** Puts nodes where `positions` says (an undo, a redo), gliding back briefly. */
  restore(positions: Readonly<Record<string, Point>>): void;
  /** Brings a node to the middle of the view, once any arrangement has settled. */
  focus(id: string): void;
  /** Frames what is visible of the graph. */
  fit(): void;
  /**
   * The canvas changed size (a panel opened or closed, the dock was dragged): a view still
   * framed as the last fit left it is framed again in the new room; one the person moved stays
   * put, panned just enough to keep the selection in sight.
   */
  resized(): void;
  /** Zooms by `factor` around the middle of the view. */
  zoomBy(factor: number): void;
  /** Ids of every node and relationship drawn (the filters' verdict): the whole graph. */
  drawnIds(): { nodes: string[]; edges: string[] };
  /** Every node's position by id, in model coordinates. */
  positions(): Record<string, Point>;
  /** Where a node is drawn, in pixels from the canvas's top left corner. */
  renderedPositionOf(id: string): Point | undefined;
  destroy(): void;
}
