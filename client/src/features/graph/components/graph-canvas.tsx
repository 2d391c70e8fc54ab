import type cytoscape from 'cytoscape';
import { useCallback, useState, type ReactNode, type Ref } from 'react';
import cytoscapeWithExtensions from '../../../lib/cytoscape.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { FocusRequest, Selection } from '../../../lib/selection.ts';
import { useCanvasEvents } from '../hooks/use-canvas-events.ts';
import { useFocusRequest } from '../hooks/use-focus-request.ts';
import { useGraphLayout } from '../hooks/use-graph-layout.ts';
import { useSelectionHighlight } from '../hooks/use-selection-highlight.ts';
import { useViewportCommands, type GraphCanvasHandle } from '../hooks/use-viewport-commands.ts';
import { GRAPH_STYLE } from '../utils/graph-style.ts';
import { LayoutRunner } from '../utils/layout-runner.ts';
import type { LayoutId } from '../utils/layouts.ts';
import { revealSelection } from '../utils/reveal-selection.ts';
import { CampRegions } from './camp-regions.tsx';
import { LoadingMessage } from './canvas-message.tsx';

export type { GraphCanvasHandle };

interface Engine {
  cy: cytoscape.Core;
  runner: LayoutRunner;
}

export interface GraphCanvasProps {
  graph: GraphModel;
  /** The node whose neighbourhood was merged last: new nodes appear around it. */
  anchorId: string | null;
  layout: LayoutId;
  selection: Selection | null;
  focus: FocusRequest | null;
  /** Whether the data is still loading, there, or failed to load. */
  status: 'loading' | 'ready' | 'error';
  onSelect: (selection: Selection | null) => void;
  onExpand: (nodeId: string) => void;
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
  const { graph, anchorId, layout, selection, focus, status, ref, children } = props;
  const [engine, setEngine] = useState<Engine | null>(null);
  const [arranging, setArranging] = useState(false);
  const cy = engine?.cy ?? null;
  const runner = engine?.runner ?? null;

  const attach = useCallback((container: HTMLDivElement | null) => {
    if (!container) return;
    const instance = cytoscapeWithExtensions({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
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

  const drawn = useGraphLayout(cy, runner, graph, layout, anchorId);
  useSelectionHighlight(cy, selection, graph);
  useCanvasEvents(cy, selection !== null, props.onSelect, props.onExpand);
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
      {cy && layout === 'camps' && drawn && <CampRegions cy={cy} />}
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
