import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { BottomDock } from '../features/views/components/bottom-dock.tsx';
import { LazyWorkbench } from '../features/views/components/lazy-workbench.tsx';
import { ResultBanner } from '../features/views/components/result-banner.tsx';
import { ResultMessage } from '../features/views/components/result-message.tsx';
import { LazyResultsPane } from '../features/views/components/lazy-results-pane.tsx';
import { LazyViewsPanel } from '../features/views/components/lazy-views-panel.tsx';
import { useViews } from '../features/views/hooks/use-views.ts';
import { BLANK_LOAD, editorLoadFor, type EditorLoad } from '../features/views/utils/editor-load.ts';
import { paramsAsText, type RunParams } from '../features/views/utils/param-values.ts';
import { viewLinkFrom } from '../features/views/utils/view-url.ts';
import type { ApiNode, ViewPayload, ViewSummaryPayload } from '../lib/api-types.ts';
import type { FocusRequest, Selection } from '../lib/selection.ts';
import { AppHeader } from './app-header.tsx';
import { exportContextOf } from './export-context.ts';
import { graphLimitFrom } from './graph-limit.ts';
import { SidebarTabs, type SidebarTab } from './sidebar-tabs.tsx';
import { useResultNavigation } from './use-result-navigation.ts';
import { UsageTips } from './usage-tips.tsx';

/**
 * The page: header with search and the workbench button; a sidebar with the legend or the saved
 * views; the graph, with what it shows above it and the workbench and records docked below;
 * details on the right.
 */
export function App() {
  const [limit] = useState(() => graphLimitFrom(window.location.search));
  const [firstLink] = useState(() => viewLinkFrom(window.location.search));
  const explorer = useExplorerGraph(limit, firstLink ? 'result' : 'ecosystem');
  const { graph, expand } = explorer;
  const sources = useSources();
  const views = useViews();
  const [layout, setLayout] = useState<LayoutId>(DEFAULT_LAYOUT);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [tab, setTab] = useState<SidebarTab>(firstLink ? 'views' : 'explore');
  const [workbenchOpen, setWorkbenchOpen] = useState(false);
  const [editorLoad, setEditorLoad] = useState<EditorLoad | null>(null);
  const canvas = useRef<GraphCanvasHandle>(null);

  const clearSelection = useCallback(() => setSelection(null), []);
  const navigation = useResultNavigation(explorer, limit, firstLink, clearSelection);
  const { runner, openView, reveal } = navigation;
  const { result, running, failure } = runner;

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

  const selectView = (view: ViewSummaryPayload) => {
    if (openView?.viewId === view.id) return reveal(null);
    // Reopening the view on screen starts its form from the values it ran with.
    const source = result?.source;
    const shown = source?.kind === 'view' && source.view.id === view.id ? source.params : null;
    reveal(view.id, shown ? paramsAsText(shown) : undefined);
    if (view.params.length === 0) void navigation.runView(view, {});
  };

  const openInEditor = (view: ViewPayload, params: RunParams) => {
    setEditorLoad((previous) => editorLoadFor(view, params, (previous?.seq ?? 0) + 1));
    setWorkbenchOpen(true);
  };

  const viewSaved = (view: ViewPayload) => {
    views.refresh();
    setTab('views');
    reveal(view.id);
  };

  const viewDeleted = (view: ViewSummaryPayload) => {
    views.refresh();
    if (openView?.viewId === view.id) reveal(null);
  };

  const exportContext = useMemo(
    () => exportContextOf(explorer.showing === 'result' ? (result?.source ?? null) : null),
    [explorer.showing, result],
  );

  const categories = useMemo(
    () => [...new Set(views.views.map((view) => view.category))].sort(),
    [views.views],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      const inField =
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLTextAreaElement ||
        (target instanceof HTMLElement && target.isContentEditable);
      if (event.key === 'Escape' && !inField) setSelection(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const showingResult = explorer.showing === 'result';
  const bannerSource =
    result?.source ?? running ?? (showingResult ? (failure?.source ?? null) : null);
  const bannerState = running ? 'running' : result ? 'ready' : 'error';
  const tableFocus =
    showingResult && result !== null && graph.nodes.size === 0 && result.payload.rows.length > 0;
  const dockVisible = workbenchOpen || result !== null;
  const captionOf = (id: string) => graph.nodes.get(id)?.caption ?? id;
  const runningView = running?.kind === 'view' ? running.view : null;
  const failedView =
    failure?.source.kind === 'view'
      ? { viewId: failure.source.view.id, message: failure.error.message }
      : null;

  return (
    <div className="app">
      <AppHeader
        actions={
          <button
            type="button"
            className={workbenchOpen ? 'button button--pressed' : 'button'}
            data-testid="open-workbench"
            aria-pressed={workbenchOpen}
            title="Write and run read-only Cypher; save it as a view"
            onClick={() => {
              setEditorLoad((previous) => previous ?? BLANK_LOAD);
              setWorkbenchOpen((open) => !open);
            }}
          >
            <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M3 4l3 3-3 3M8 11h5" />
            </svg>
            Cypher workbench
          </button>
        }
      >
        <SearchBox onPick={(node) => void pickSearchResult(node)} />
      </AppHeader>
      <div className="workspace">
        <aside className="sidebar" aria-label="Graph settings, legend and saved views">
          <SidebarTabs tab={tab} onChange={setTab}>
            {tab === 'explore' ? (
              <>
                <LayoutSelect value={layout} onChange={setLayout} />
                <GraphLegend graph={graph} />
                <UsageTips />
              </>
            ) : (
              <LazyViewsPanel
                list={views}
                open={openView}
                runningId={runningView?.id ?? null}
                shownId={
                  showingResult && result?.source.kind === 'view' ? result.source.view.id : null
                }
                failure={failedView}
                onSelect={selectView}
                onRun={(view, params) => void navigation.runView(view, params)}
                onOpenInEditor={openInEditor}
                onDeleted={viewDeleted}
              />
            )}
          </SidebarTabs>
        </aside>
        <main className={tableFocus ? 'stage stage--table-focus' : 'stage'}>
          {bannerSource && (
            <ResultBanner
              source={bannerSource}
              state={bannerState}
              counts={
                result
                  ? {
                      nodes: graph.nodes.size,
                      edges: graph.edges.size,
                      rows: result.payload.rows.length,
                    }
                  : null
              }
              captionOf={captionOf}
              onBack={navigation.backToEcosystem}
            />
          )}
          <div className="stage__canvas">
            <LazyGraphCanvas
              key={`${explorer.attempt}:${explorer.generation}`}
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
              {showingResult ? (
                <ResultMessage
                  result={result}
                  runningTitle={running ? (runningView?.title ?? 'the query') : null}
                  error={failure?.error.message ?? null}
                  nodeCount={graph.nodes.size}
                />
              ) : (
                <CanvasMessage
                  status={explorer.status}
                  empty={graph.nodes.size === 0}
                  error={explorer.error}
                  onRetry={explorer.retry}
                />
              )}
              <ExportMenu canvas={canvas} graph={graph} context={exportContext} sources={sources} />
              <ZoomControls canvas={canvas} />
              <StatusLine
                graphStatus={explorer.status}
                nodeCount={graph.nodes.size}
                edgeCount={graph.edges.size}
                refreshKey={explorer.attempt}
              />
            </LazyGraphCanvas>
          </div>
          {(editorLoad || result) && (
            <BottomDock hidden={!dockVisible} tableFocus={tableFocus}>
              {editorLoad && (
                <div className="dock__pane dock__pane--editor" hidden={!workbenchOpen}>
                  <LazyWorkbench
                    key={editorLoad.seq}
                    load={editorLoad}
                    running={running?.kind === 'query'}
                    categories={categories}
                    onRun={navigation.runQuery}
                    onSaved={viewSaved}
                    onClose={() => setWorkbenchOpen(false)}
                  />
                </div>
              )}
              {result && (
                <LazyResultsPane
                  result={result}
                  running={running !== null}
                  graph={graph}
                  onOpen={openAndCentre}
                />
              )}
            </BottomDock>
          )}
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
