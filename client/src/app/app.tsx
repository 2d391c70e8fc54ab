import { useCallback, useEffect, useRef, useState } from 'react';
import { DetailsPanel } from '../features/details/components/details-panel.tsx';
import { useSources } from '../features/details/hooks/use-sources.ts';
import { ExportMenu } from '../features/export/components/export-menu.tsx';
import { CanvasMessage } from '../features/graph/components/canvas-message.tsx';
import type { GraphCanvasHandle } from '../features/graph/components/graph-canvas.tsx';
import { GraphLegend } from '../features/graph/components/graph-legend.tsx';
import { GraphNotice } from '../features/graph/components/graph-notice.tsx';
import { LazyGraphCanvas } from '../features/graph/components/lazy-graph-canvas.tsx';
import { LayoutSelect } from '../features/graph/components/layout-select.tsx';
import { ZoomControls } from '../features/graph/components/zoom-controls.tsx';
import { useExplorerGraph } from '../features/graph/hooks/use-explorer-graph.ts';
import { DEFAULT_LAYOUT, type LayoutId } from '../features/graph/utils/layouts.ts';
import { SearchBox } from '../features/search/components/search-box.tsx';
import { StatusLine } from '../features/status/components/status-line.tsx';
import type { ApiNode } from '../lib/api-types.ts';
import type { FocusRequest, Selection } from '../lib/selection.ts';
import { AppHeader } from './app-header.tsx';
import { graphLimitFrom } from './graph-limit.ts';
import { UsageTips } from './usage-tips.tsx';

/** The page: header with search, legend and layout on the left, graph, details on the right. */
export function App() {
  const [limit] = useState(() => graphLimitFrom(window.location.search));
  const explorer = useExplorerGraph(limit);
  const { graph, expand } = explorer;
  const sources = useSources();
  const [layout, setLayout] = useState<LayoutId>(DEFAULT_LAYOUT);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const canvas = useRef<GraphCanvasHandle>(null);

  const centre = useCallback((id: string) => {
    setFocus((previous) => ({ id, seq: (previous?.seq ?? 0) + 1 }));
  }, []);

  const openAndCentre = useCallback(
    (next: Selection) => {
      setSelection(next);
      centre(next.id);
    },
    [centre],
  );

  const expandNode = useCallback(
    (nodeId: string) => {
      const name = graph.nodes.get(nodeId)?.caption ?? nodeId;
      void expand(nodeId, name);
    },
    [graph, expand],
  );

  const pickSearchResult = useCallback(
    async (node: ApiNode) => {
      // Not on the canvas (a partial view): bring in its neighbourhood first.
      if (!graph.nodes.has(node.id)) await expand(node.id, node.caption);
      openAndCentre({ type: 'node', id: node.id });
    },
    [graph, expand, openAndCentre],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const inField =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
      if (event.key === 'Escape' && !inField) setSelection(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="app">
      <AppHeader>
        <SearchBox onPick={(node) => void pickSearchResult(node)} />
      </AppHeader>
      <div className="workspace">
        <aside className="sidebar" aria-label="View settings and legend">
          <LayoutSelect value={layout} onChange={setLayout} />
          <GraphLegend graph={graph} />
          <UsageTips />
        </aside>
        <main className="stage">
          <LazyGraphCanvas
            key={explorer.attempt}
            ref={canvas}
            graph={graph}
            anchorId={explorer.anchorId}
            layout={layout}
            selection={selection}
            focus={focus}
            status={explorer.status}
            onSelect={setSelection}
            onExpand={expandNode}
          >
            {explorer.notice && (
              <GraphNotice notice={explorer.notice} onDismiss={explorer.dismissNotice} />
            )}
            <CanvasMessage
              status={explorer.status}
              empty={graph.nodes.size === 0}
              error={explorer.error}
              onRetry={explorer.retry}
            />
            <ZoomControls canvas={canvas} />
            <ExportMenu
              canvas={canvas}
              graph={graph}
              context={{ title: 'LLM vs world-model ecosystem', params: [] }}
              sources={sources}
            />
            <StatusLine
              graphStatus={explorer.status}
              nodeCount={graph.nodes.size}
              edgeCount={graph.edges.size}
              refreshKey={explorer.attempt}
            />
          </LazyGraphCanvas>
        </main>
        {selection && (
          <DetailsPanel
            selection={selection}
            graph={graph}
            sources={sources}
            expandingId={explorer.expanding}
            onOpen={openAndCentre}
            onExpand={expandNode}
            onCentre={centre}
            onClose={() => setSelection(null)}
          />
        )}
      </div>
    </div>
  );
}
