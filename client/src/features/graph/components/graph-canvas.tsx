import type cytoscape from 'cytoscape';
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import cytoscapeWithExtensions from '../../../lib/cytoscape.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { FocusRequest } from '../../../lib/selection.ts';
import { useAppearance, type NodeAppearance } from '../hooks/use-appearance.ts';
import { useCanvasEvents, type CanvasPick } from '../hooks/use-canvas-events.ts';
import { useFocusRequest } from '../hooks/use-focus-request.ts';
import { useGraphLayout } from '../hooks/use-graph-layout.ts';
import { useLargeGraphLayout } from '../hooks/use-large-graph-layout.ts';
import { usePinning } from '../hooks/use-pinning.ts';
import { useSelectionHighlight } from '../hooks/use-selection-highlight.ts';
import { useViewportCommands, type GraphCanvasHandle } from '../hooks/use-viewport-commands.ts';
import { LargeGraphEngine, type LargeStatus } from '../large/large-graph-engine.ts';
import { LARGE_MIN_ZOOM, type CanvasScale } from '../large/large-graph.ts';
import { GRAPH_STYLE, graphStyle, type Theme } from '../utils/graph-style.ts';
import { LayoutRunner } from '../utils/layout-runner.ts';
import type { LayoutId } from '../utils/layout-choices.ts';
import { positionsOf, type PositionRequest } from '../utils/positions.ts';
import { revealSelection } from '../utils/reveal-selection.ts';
import type { Point } from '../utils/ring-positions.ts';
import type { CanvasVisibility } from '../utils/visibility-classes.ts';
import { CampRegions } from './camp-regions.tsx';
import { LoadingMessage } from './canvas-message.tsx';
import './graph-canvas.css';

export type { GraphCanvasHandle };

interface Engine {
  cy: cytoscape.Core;
  runner: LayoutRunner;
  /** Set for large graphs: the overview layer, the render window, the layout worker. */
  large: LargeGraphEngine | null;
}

export interface GraphCanvasProps {
  graph: GraphModel;
  /**
   * Small graphs are drawn as they always were; large ones through the large-graph engine. Null
   * while the content is still loading: the canvas waits to know which before it starts.
   */
  scale: CanvasScale | null;
  /** Draw with Cytoscape's experimental WebGL renderer. */
  webgl: boolean;
  /** What the filters leave visible; toggling it never adds or removes elements. */
  visible: CanvasVisibility;
  /** The node whose neighbourhood was merged last: new nodes appear around it. */
  anchorId: string | null;
  layout: LayoutId;
  /** Selected nodes and edges, by id. */
  selected: readonly string[];
  /** Nodes pinned by a drag, where they were put. */
  pinned: ReadonlyMap<string, Point>;
  /** Positions to restore (a shared link, an undo); see useGraphLayout. */
  restore: PositionRequest | null;
  appearance: NodeAppearance;
  theme: Theme;
  focus: FocusRequest | null;
  /** Whether the data is still loading, there, or failed to load. */
  status: 'loading' | 'ready' | 'error';
  onPick: (pick: CanvasPick) => void;
  onBoxSelect: (ids: string[]) => void;
  onExpand: (nodeId: string) => void;
  /** A drag ended: these nodes were put here, and stay. */
  onPin: (positions: Record<string, Point>) => void;
  /** Every node's position, whenever an arrangement has settled. */
  onPositions: (positions: Record<string, Point>) => void;
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
 * The one owner of the Cytoscape instance: creates it when its box mounts and the content's size
 * is known, and destroys it on unmount (or to switch renderer, keeping positions); the hooks it
 * calls patch elements by id, lay out only what changed, mirror the selection and answer zoom
 * commands. React never renders graph elements itself. Large graphs go through
 * LargeGraphEngine, which adds an overview layer under Cytoscape's canvas.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, visible, layout, selected, focus, status, ref, children, scale, webgl } = props;
  const [surface, setSurface] = useState<HTMLDivElement | null>(null);
  const [overview, setOverview] = useState<HTMLCanvasElement | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [arranging, setArranging] = useState(false);
  const [largeStatus, setLargeStatus] = useState<LargeStatus | null>(null);
  const [largeReady, setLargeReady] = useState(false);
  // Positions carried from an instance destroyed to switch renderer into the next one, and the
  // restore request current then: until a newer one comes, the carried positions stand for it.
  const [carried, setCarried] = useState<{ request: PositionRequest; after: number | null } | null>(
    null,
  );
  const restoreSeq = useRef<number | null>(null);
  useEffect(() => {
    restoreSeq.current = props.restore?.seq ?? null;
  });
  const latest = useRef({ onPositions: props.onPositions, onBoxSelect: props.onBoxSelect });
  useEffect(() => {
    latest.current = { onPositions: props.onPositions, onBoxSelect: props.onBoxSelect };
  });
  const cy = engine?.cy ?? null;
  const runner = engine?.runner ?? null;
  const large = engine?.large ?? null;

  useEffect(() => {
    if (!surface || scale === null) return;
    if (scale === 'large' && !overview) return;
    const instance = cytoscapeWithExtensions({
      container: surface,
      ...canvasOptions(scale, webgl),
    });
    const layoutRunner = new LayoutRunner(instance, setArranging);
    const largeEngine =
      scale === 'large' && overview
        ? new LargeGraphEngine(instance, overview, {
            onStatus: setLargeStatus,
            onReady: () => {
              window.__explorer = { cy: instance };
              setLargeReady(true);
            },
            onSettled: (positions) => latest.current.onPositions(positions),
            onBoxSelect: (ids) => latest.current.onBoxSelect(ids),
          })
        : null;
    // The canvas narrows when the details panel opens; Cytoscape only watches the window.
    // The drawing stays put, so nothing jumps under the pointer, unless that would hide the
    // selection behind the panel: then just enough pan brings it back.
    const observer = new ResizeObserver(() => {
      instance.resize();
      revealSelection(instance);
    });
    observer.observe(surface);
    setEngine({ cy: instance, runner: layoutRunner, large: largeEngine });
    return () => {
      observer.disconnect();
      layoutRunner.stop();
      if (instance.nodes().nonempty()) {
        const positions = largeEngine?.current?.positionsById() ?? positionsOf(instance);
        setCarried((previous) => ({
          request: { seq: (previous?.request.seq ?? 0) - 1, positions },
          after: restoreSeq.current,
        }));
      }
      largeEngine?.destroy();
      if (window.__explorer?.cy === instance) delete window.__explorer;
      instance.destroy();
      setEngine(null);
      setLargeReady(false);
      setLargeStatus(null);
    };
  }, [surface, overview, scale, webgl]);

  // A renderer switch starts a fresh instance: it opens where the old one left the nodes.
  const restore =
    carried && carried.after === (props.restore?.seq ?? null) ? carried.request : props.restore;
  const layoutInput = {
    graph,
    visible,
    layout,
    anchorId: props.anchorId,
    pinned: props.pinned,
    restore,
    onPositions: props.onPositions,
  };
  const drawnSmall = useGraphLayout(large ? null : cy, large ? null : runner, layoutInput);
  useLargeGraphLayout(large ? cy : null, large, layoutInput);
  useSelectionHighlight(cy, selected, graph, large);
  useCanvasEvents(cy, selected.length > 0, props, !large);
  usePinning(cy, props.pinned, props.onPin);
  useAppearance(cy, props.appearance, props.theme, graph, large);
  useFocusRequest(cy, runner, focus, large);
  useViewportCommands(ref, cy, large);

  const drawn = large ? largeReady : drawnSmall;
  const empty = status === 'ready' && graph.nodes.size === 0;
  const state =
    status === 'error' ? 'error' : status === 'ready' && (drawn || empty) ? 'ready' : 'loading';
  // A large graph is on screen (the overview) well before Cytoscape holds all of it.
  const onScreen = drawn || (large !== null && largeStatus !== null);

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
        <canvas className="graph-canvas__overview" ref={setOverview} aria-hidden="true" />
      )}
      <div
        className="graph-canvas__surface"
        ref={setSurface}
        role="application"
        aria-label="Ecosystem graph: click an entity or relationship for details, double-click an entity to expand it"
      />
      {status === 'ready' && !onScreen && !empty && <LoadingMessage text="Arranging the graph…" />}
      {large && largeStatus ? (
        <div className="graph-canvas__arranging" role="status" data-testid="large-progress">
          <span className="spinner" aria-hidden="true" /> {largeStatus.text}{' '}
          {Math.round(largeStatus.done * 100)}%
        </div>
      ) : (
        arranging &&
        drawn && (
          <div className="graph-canvas__arranging" role="status">
            <span className="spinner" aria-hidden="true" /> Arranging…
          </div>
        )
      )}
      {children}
    </div>
  );
}
