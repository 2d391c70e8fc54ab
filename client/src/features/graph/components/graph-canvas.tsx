import type cytoscape from 'cytoscape';
import { useCallback, useState, type ReactNode, type Ref } from 'react';
import cytoscapeWithExtensions from '../../../lib/cytoscape.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { FocusRequest } from '../../../lib/selection.ts';
import { useAppearance, type NodeAppearance } from '../hooks/use-appearance.ts';
import { useCanvasEvents, type CanvasPick } from '../hooks/use-canvas-events.ts';
import { useFocusRequest } from '../hooks/use-focus-request.ts';
import { useGraphLayout } from '../hooks/use-graph-layout.ts';
import { usePinning } from '../hooks/use-pinning.ts';
import { useSelectionHighlight } from '../hooks/use-selection-highlight.ts';
import { useViewportCommands, type GraphCanvasHandle } from '../hooks/use-viewport-commands.ts';
import { GRAPH_STYLE, type Theme } from '../utils/graph-style.ts';
import { LayoutRunner } from '../utils/layout-runner.ts';
import type { LayoutId } from '../utils/layout-choices.ts';
import type { PositionRequest } from '../utils/positions.ts';
import { revealSelection } from '../utils/reveal-selection.ts';
import type { Point } from '../utils/ring-positions.ts';
import type { CanvasVisibility } from '../utils/visibility-classes.ts';
import { CampRegions } from './camp-regions.tsx';
import { LoadingMessage } from './canvas-message.tsx';

export type { GraphCanvasHandle };

interface Engine {
  cy: cytoscape.Core;
  runner: LayoutRunner;
}

export interface GraphCanvasProps {
  graph: GraphModel;
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

/**
 * The one owner of the Cytoscape instance: creates it when its box mounts and destroys it on
 * unmount; the hooks it calls patch elements by id, lay out only what changed, mirror the
 * selection and answer zoom commands. React never renders graph elements itself.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, visible, layout, selected, focus, status, ref, children } = props;
  const [engine, setEngine] = useState<Engine | null>(null);
  const [arranging, setArranging] = useState(false);
  const cy = engine?.cy ?? null;
  const runner = engine?.runner ?? null;

  const attach = useCallback((container: HTMLDivElement | null) => {
    if (!container) return;
    const instance = cytoscapeWithExtensions({
      container,
      // The theme's stylesheet replaces this one at once (useAppearance).
      style: GRAPH_STYLE,
      minZoom: 0.15,
      maxZoom: 4,
      // Shift-drag draws a selection box; a plain drag still pans.
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
    const layoutRunner = new LayoutRunner(instance, setArranging);
    // The canvas narrows when the details panel opens; Cytoscape only watches the window.
    // The drawing stays put, so nothing jumps under the pointer, unless that would hide the
    // selection behind the panel: then just enough pan brings it back.
    const observer = new ResizeObserver(() => {
      instance.resize();
      revealSelection(instance);
    });
    observer.observe(container);
    setEngine({ cy: instance, runner: layoutRunner });
    return () => {
      observer.disconnect();
      layoutRunner.stop();
      if (window.__explorer?.cy === instance) delete window.__explorer;
      instance.destroy();
      setEngine(null);
    };
  }, []);

  const drawn = useGraphLayout(cy, runner, {
    graph,
    visible,
    layout,
    anchorId: props.anchorId,
    pinned: props.pinned,
    restore: props.restore,
    onPositions: props.onPositions,
  });
  useSelectionHighlight(cy, selected, graph);
  useCanvasEvents(cy, selected.length > 0, props);
  usePinning(cy, props.pinned, props.onPin);
  useAppearance(cy, props.appearance, props.theme, graph);
  useFocusRequest(cy, runner, focus);
  useViewportCommands(ref, cy);

  const empty = status === 'ready' && graph.nodes.size === 0;
  const state =
    status === 'error' ? 'error' : status === 'ready' && (drawn || empty) ? 'ready' : 'loading';

  return (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-state={state}
      aria-busy={state === 'loading'}
    >
      {cy && layout === 'camps' && drawn && <CampRegions cy={cy} theme={props.theme} />}
      <div
        className="graph-canvas__surface"
        ref={attach}
        role="application"
        aria-label="Ecosystem graph: click an entity or relationship for details, double-click an entity to expand it"
      />
      {status === 'ready' && !drawn && !empty && <LoadingMessage text="Arranging the graph…" />}
      {arranging && drawn && (
        <div className="graph-canvas__arranging" role="status">
          <span className="spinner" aria-hidden="true" /> Arranging…
        </div>
      )}
      {children}
    </div>
  );
}
