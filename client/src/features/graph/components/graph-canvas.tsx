import type cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import cytoscapeWithExtensions from '../../../lib/cytoscape.ts';
import type { NodeMenu } from '../../../lib/node-menu.ts';
import type { GraphCanvasHandle } from '../../../lib/canvas-handle.ts';
import { useCanvasHandle } from '../hooks/use-canvas-handle.ts';
import { useGraphView, type GraphViewInput } from '../hooks/use-graph-view.ts';
import { selectionAnnouncement } from '../keyboard/selection-announcement.ts';
import { useCanvasKeys } from '../keyboard/use-canvas-keys.ts';
import { LARGE_MIN_ZOOM, type CanvasScale } from '../large/large-graph.ts';
import { LargeGraphView } from '../large/large-graph-view.ts';
import { GRAPH_STYLE, graphStyle } from '../utils/graph-style.ts';
import type { PositionRequest } from '../utils/positions.ts';
import type { Point } from '../../../lib/point.ts';
import { CytoscapeGraphView } from '../view/cytoscape-graph-view.ts';
import type { CanvasPick, GraphView, GraphViewEvents, ViewStatus } from '../view/graph-view.ts';
import { CampRegions } from './camp-regions.tsx';
import { LoadingMessage } from './canvas-message.tsx';
import './graph-canvas.css';

declare global {
  interface Window {
    /**
     * Test hook, set once the graph is first drawn: the Cytoscape instance and the view (a
     * large graph's Cytoscape holds only a window of it; the view knows the whole).
     */
    __explorer?: { cy: cytoscape.Core; view: GraphView; large?: LargeGraphView };
  }
}

interface Drawing {
  cy: cytoscape.Core;
  view: GraphView;
}

/** What to draw (see GraphViewInput), how, and whom to tell what happens on it. */
export interface GraphCanvasProps extends Omit<GraphViewInput, 'panelOpen'> {
  /**
   * Small graphs are drawn by Cytoscape alone; large ones as a scene. Null while the content is
   * still loading: the canvas waits to know which before it starts.
   */
  scale: CanvasScale | null;
  /** Draw with Cytoscape's experimental WebGL renderer. */
  webgl: boolean;
  /** Whether the data is still loading, there, or failed to load. */
  status: 'loading' | 'ready' | 'error';
  onPick: (pick: CanvasPick) => void;
  onBoxSelect: (ids: string[]) => void;
  onExpand: (nodeId: string) => void;
  /** A drag ended: these nodes were put here, and stay. */
  onPin: (positions: Record<string, Point>) => void;
  /** Every node's position, whenever an arrangement has settled. */
  onPositions: (positions: Record<string, Point>) => void;
  /** A node was right-clicked (open its menu there), or the menu should close (null). */
  onNodeMenu: (menu: NodeMenu | null) => void;
  ref?: Ref<GraphCanvasHandle>;
  /** Overlays drawn above the graph: messages, controls. */
  children?: ReactNode;
}

/** Cytoscape's options for a canvas of `scale`, with or without WebGL. */
function canvasOptions(scale: CanvasScale, webgl: boolean): cytoscape.CytoscapeOptions {
  const large = scale === 'large';
  return {
    // The theme's stylesheet replaces this one at once (useAppearance).
    style: large ? graphStyle('light', true) : GRAPH_STYLE,
    minZoom: large ? LARGE_MIN_ZOOM : 0.15,
    maxZoom: 4,
    // Shift-drag draws a selection box; a plain drag still pans.
    boxSelectionEnabled: true,
    selectionType: 'single',
    ...(large && {
      // While the view moves, edges and labels wait: thousands of them cannot keep up.
      hideEdgesOnViewport: true,
      hideLabelsOnViewport: true,
      // One canvas pixel per CSS pixel: a high-density screen would quadruple the drawing.
      pixelRatio: 1,
    }),
    ...(webgl && { renderer: { name: 'canvas', webgl: true } }),
  } as cytoscape.CytoscapeOptions;
}

/**
 * The one owner of the Cytoscape instance and the GraphView drawing through it: creates both when
 * the box mounts and the content's size is known (a CytoscapeGraphView for small graphs, a
 * LargeGraphView with its scene layer for large ones), and destroys them on unmount or to
 * switch renderer, keeping positions. Everything else goes through the view (useGraphView);
 * React never renders graph elements itself.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, status, ref, children, scale, webgl, layout } = props;
  const [surface, setSurface] = useState<HTMLDivElement | null>(null);
  const [sceneCanvas, setSceneCanvas] = useState<HTMLCanvasElement | null>(null);
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const [viewStatus, setViewStatus] = useState<ViewStatus | null>(null);
  const [drawn, setDrawn] = useState(false);
  // Positions carried from an instance destroyed to switch renderer into the next one, and the
  // restore request current then: until a newer one comes, the carried positions stand for it.
  const [carried, setCarried] = useState<{ request: PositionRequest; after: number | null } | null>(
    null,
  );
  const restoreSeq = useRef<number | null>(null);
  useEffect(() => {
    restoreSeq.current = props.restore?.seq ?? null;
  });
  // The view reports through these; the latest handlers answer.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const cy = drawing?.cy ?? null;
  const view = drawing?.view ?? null;
  const large = view instanceof LargeGraphView ? view : null;

  useEffect(() => {
    if (!surface || scale === null) return;
    if (scale === 'large' && !sceneCanvas) return;
    const instance = cytoscapeWithExtensions({
      container: surface,
      ...canvasOptions(scale, webgl),
    });
    const events: GraphViewEvents = {
      onPick: (pick) => latest.current.onPick(pick),
      onBoxSelect: (ids) => latest.current.onBoxSelect(ids),
      onExpand: (id) => latest.current.onExpand(id),
      onPin: (positions) => latest.current.onPin(positions),
      onPositions: (positions) => latest.current.onPositions(positions),
      onNodeMenu: (menu) => latest.current.onNodeMenu(menu),
      onStatus: setViewStatus,
      onReady: () => {
        window.__explorer = { cy: instance, view: created, large: large ?? undefined };
        setDrawn(true);
      },
    };
    const large =
      scale === 'large' && sceneCanvas ? new LargeGraphView(instance, sceneCanvas, events) : null;
    const created: GraphView = large ?? new CytoscapeGraphView(instance, events);
    // The canvas narrows when the details panel opens or the dock grows; Cytoscape only watches
    // the window. The view decides whether to frame the graph again (GraphView.resized).
    const observer = new ResizeObserver(() => created.resized());
    observer.observe(surface);
    setDrawing({ cy: instance, view: created });
    return () => {
      observer.disconnect();
      const positions = created.positions();
      if (Object.keys(positions).length > 0) {
        setCarried((previous) => ({
          request: { seq: (previous?.request.seq ?? 0) - 1, positions },
          after: restoreSeq.current,
        }));
      }
      created.destroy();
      if (window.__explorer?.cy === instance) delete window.__explorer;
      instance.destroy();
      setDrawing(null);
      setDrawn(false);
      setViewStatus(null);
    };
  }, [surface, sceneCanvas, scale, webgl]);

  // A renderer switch starts a fresh instance: it opens where the old one left the nodes.
  const restore =
    carried && carried.after === (props.restore?.seq ?? null) ? carried.request : props.restore;
  useGraphView(view, {
    graph,
    visible: props.visible,
    layout,
    anchorId: props.anchorId,
    selected: props.selected,
    pinned: props.pinned,
    restore,
    appearance: props.appearance,
    theme: props.theme,
    focus: props.focus,
    spotlight: props.spotlight,
    panelOpen: props.selected.length > 0,
  });
  useCanvasHandle(ref, cy, view);
  const onKeyDown = useCanvasKeys({
    view,
    surface,
    visibleNodes: props.visible.nodes,
    selected: props.selected,
    onPick: props.onPick,
  });
  const announcement = useMemo(
    () => selectionAnnouncement(graph, props.visible.edges, props.selected),
    [graph, props.visible.edges, props.selected],
  );

  const empty = status === 'ready' && graph.nodes.size === 0;
  const state =
    status === 'error' ? 'error' : status === 'ready' && (drawn || empty) ? 'ready' : 'loading';
  // A large graph is on screen (the scene layer) well before its first arrangement settles.
  const onScreen = drawn || (large !== null && viewStatus !== null);

  return (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-state={state}
      data-scale={scale ?? undefined}
      aria-busy={state === 'loading'}
    >
      {cy && layout === 'camps' && (drawn || large) && (
        <CampRegions cy={cy} theme={props.theme} large={large} />
      )}
      {scale === 'large' && (
        <canvas className="graph-canvas__scene" ref={setSceneCanvas} aria-hidden="true" />
      )}
      <div
        className="graph-canvas__surface"
        ref={setSurface}
        role="application"
        tabIndex={0}
        aria-label="Ecosystem graph. Arrow keys move between entities, Enter centres the selected one, E expands it, plus and minus zoom, Home fits, Escape clears the selection. With a mouse: click for details, double-click to expand."
        onKeyDown={onKeyDown}
      />
      <div className="visually-hidden" aria-live="polite" data-testid="selection-announcement">
        {drawn ? announcement : ''}
      </div>
      {status === 'ready' && !onScreen && !empty && <LoadingMessage text="Arranging the graph…" />}
      {viewStatus && (
        <div
          className="graph-canvas__arranging"
          role="status"
          data-testid={large ? 'large-progress' : undefined}
        >
          <span className="spinner" aria-hidden="true" /> {viewStatus.text}
          {viewStatus.done !== null && ` ${Math.round(viewStatus.done * 100)}%`}
        </div>
      )}
      {children}
    </div>
  );
}
