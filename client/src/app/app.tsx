import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AppearanceControls } from '../features/analysis/components/appearance-controls.tsx';
import { CanvasToolbar } from '../features/analysis/components/canvas-toolbar.tsx';
import { LazyHelpOverlay } from '../features/analysis/components/lazy-help-overlay.tsx';
import {
  LazyCommunityLegend,
  LazyExploreFilters,
} from '../features/analysis/components/lazy-explore-filters.tsx';
import { LazySelectionSummary } from '../features/analysis/components/lazy-selection-summary.tsx';
import { ThemeToggle } from '../features/analysis/components/theme-toggle.tsx';
import { useCanvasAnalysis } from '../features/analysis/hooks/use-canvas-analysis.ts';
import { useExplorationStore } from './exploration/use-exploration-store.ts';
import { useTheme, themeOf } from '../features/analysis/hooks/use-theme.ts';
import { toggleCamp } from '../features/analysis/utils/camp-filter.ts';
import { singleSelection } from '../features/analysis/utils/selection-actions.ts';
import { DetailsPanel } from '../features/details/components/details-panel.tsx';
import { useSources } from '../features/details/hooks/use-sources.ts';
import { LazySourcesPanel } from '../features/sources/components/lazy-sources-panel.tsx';
import { ExportMenu } from '../features/export/components/export-menu.tsx';
import { CanvasMessage } from '../features/graph/components/canvas-message.tsx';
import type { GraphCanvasHandle } from '../lib/canvas-handle.ts';
import { GraphLegend } from '../features/graph/components/graph-legend.tsx';
import { GraphNotice } from '../features/graph/components/graph-notice.tsx';
import { LazyGraphCanvas } from '../features/graph/components/lazy-graph-canvas.tsx';
import { LayoutSelect } from '../features/graph/components/layout-select.tsx';
import { ZoomControls } from '../features/graph/components/zoom-controls.tsx';
import { useExplorerGraph } from './use-explorer-graph.ts';
import { canvasScaleFor } from '../features/graph/large/large-graph.ts';
import { layoutIdOf } from '../features/graph/utils/layout-choices.ts';
import { storeWebglChoice, webglAvailable } from '../lib/webgl-preference.ts';
import { DrillBanner } from '../features/overview/components/drill-banner.tsx';
import { LazyOverviewCanvas } from '../features/overview/components/lazy-overview-canvas.tsx';
import { OverviewNotice } from '../features/overview/components/overview-notice.tsx';
import { overviewTotals } from '../features/overview/utils/overview-elements.ts';
import { LazyPathsPanel } from '../features/paths/components/lazy-paths-panel.tsx';
import { NodeContextMenu } from '../features/paths/components/node-context-menu.tsx';
import { SearchBox } from '../features/search/components/search-box.tsx';
import { StatusLine } from '../features/status/components/status-line.tsx';
import { TimelineBar } from '../features/timeline/components/timeline-bar.tsx';
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
import type { ApiNode, GraphPayload, ViewPayload, ViewSummaryPayload } from '../lib/api-types.ts';
import type { FocusRequest, Selection } from '../lib/selection.ts';
import { serverState } from '../lib/server-state.ts';
import { useCanvasCommands } from './use-canvas-commands.ts';
import { AppHeader } from './app-header.tsx';
import { exportContextOf } from './export-context.ts';
import { graphLimitFrom } from './graph-limit.ts';
import { SidebarTabs, type SidebarTab } from './sidebar-tabs.tsx';
import { useEvidenceAndPaths } from './use-evidence-and-paths.ts';
import { useResultNavigation } from './use-result-navigation.ts';
import { UsageTips } from './usage-tips.tsx';
import './app.css';

function keepSelection() {}

/**
 * The page: header with search and the workbench button; a sidebar with the legend or the saved
 * views; the graph, with what it shows above it and the workbench and records docked below;
 * details on the right.
 */

/**
 * `?x-draw=scene` draws any graph the large-graph way (scene, overview layer, window): to compare
 * the two drawings on the same graph, and for the tests that hold both to the same behavior.
 */
const drawnAsScene =
  new URLSearchParams(window.location.search).get('x-draw') === 'scene' ? 'large' : null;

export function App() {
  const [limit] = useState(() => graphLimitFrom(window.location.search));
  const [firstLink] = useState(() => viewLinkFrom(window.location.search));
  // The exploration owns the graph; the loader hands it each new content as it arrives.
  const store = useExplorationStore();
  const explorer = useExplorerGraph(limit, firstLink ? 'result' : 'ecosystem', store.loadContent);
  const { fetchNeighborhood } = explorer;
  const { mergeFor } = store;
  const expand = useCallback(
    (nodeId: string, fetch?: () => Promise<GraphPayload>) =>
      fetchNeighborhood(
        nodeId,
        store.graph.nodes.get(nodeId)?.caption ?? nodeId,
        mergeFor(nodeId),
        fetch,
      ),
    [fetchNeighborhood, mergeFor, store.graph],
  );
  const exploration = useMemo(() => ({ ...store, expand }), [store, expand]);
  const serverCache = useQueryClient();
  const sources = useSources();
  const views = useViews();
  // New content starts a new exploration, selection included: nothing to clear here.
  const navigation = useResultNavigation(explorer, limit, firstLink, keepSelection);
  const { runner, openView, reveal } = navigation;
  const { result, running, failure } = runner;
  const { graph, state, dispatch } = exploration;
  const layout = layoutIdOf(state.layout);
  const theme = themeOf(state.theme);
  useTheme(theme);
  const canWebgl = webglAvailable();
  const webgl = state.webgl === '1' && canWebgl;
  useEffect(() => storeWebglChoice(state.webgl === '1'), [state.webgl]);
  const analysis = useCanvasAnalysis(graph, state, sources);
  const selection = useMemo(
    () => singleSelection(state.selection, graph),
    [state.selection, graph],
  );
  const setSelection = useCallback(
    (next: Selection | null) => dispatch({ type: 'select', ids: next ? [next.id] : [] }),
    [dispatch],
  );
  const [helpOpen, setHelpOpen] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [tab, setTab] = useState<SidebarTab>(firstLink ? 'views' : 'explore');
  const [workbenchOpen, setWorkbenchOpen] = useState(false);
  const [editorLoad, setEditorLoad] = useState<EditorLoad | null>(null);
  const canvas = useRef<GraphCanvasHandle>(null);
  const evidence = useEvidenceAndPaths(exploration, setTab);

  const center = useCallback((id: string) => {
    setFocus((previous) => ({ id, seq: (previous?.seq ?? 0) + 1 }));
  }, []);

  const openAndCenter = useCallback(
    (next: Selection) => {
      setSelection(next);
      center(next.id);
    },
    [center, setSelection],
  );

  const expandNode = useCallback((nodeId: string) => void expand(nodeId), [expand]);

  const pickSearchResult = useCallback(
    async (node: ApiNode) => {
      // Not on the canvas (a partial view): bring in its neighbourhood first.
      if (!graph.nodes.has(node.id)) await expand(node.id);
      // Hidden or filtered out: a search asks to see it.
      if (!analysis.visible.nodes.has(node.id)) dispatch({ type: 'show-all' });
      openAndCenter({ type: 'node', id: node.id });
    },
    [graph, expand, analysis.visible, dispatch, openAndCenter],
  );

  const pinned = useMemo(
    () =>
      new Map(
        state.pinned.flatMap((id) => {
          const position = state.positions[id];
          return position ? [[id, position] as const] : [];
        }),
      ),
    [state.pinned, state.positions],
  );
  const appearance = useMemo(
    () => ({ sizes: analysis.sizes, tints: analysis.tints }),
    [analysis.sizes, analysis.tints],
  );

  const commands = useCanvasCommands(exploration, analysis.visible, canvas, () =>
    setHelpOpen(true),
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

  const showingResult = explorer.showing === 'result';
  // A database too large to draw whole: its summary, or the part of it drawn from there.
  const summary = explorer.showing === 'ecosystem' ? explorer.summary : null;
  const drill = summary ? explorer.drill : null;
  const overview = drill?.kind === 'overview' && summary ? summary.overview : null;
  const totals = useMemo(() => (overview ? overviewTotals(overview) : null), [overview]);
  // The canvas waits for the content to know whether it is large before it starts.
  const scale =
    explorer.status === 'loading'
      ? null
      : (drawnAsScene ?? canvasScaleFor(store.content.nodes.size));
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
        sources={sources}
        actions={
          <>
            <ThemeToggle
              theme={theme}
              onToggle={() =>
                dispatch({ type: 'set-theme', theme: theme === 'dark' ? undefined : 'dark' })
              }
            />
            <button
              type="button"
              className="button"
              data-testid="help-button"
              aria-label="Keyboard shortcuts"
              title="Keyboard shortcuts (?)"
              onClick={() => setHelpOpen(true)}
            >
              ?
            </button>
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
          </>
        }
      >
        <SearchBox onPick={(node) => void pickSearchResult(node)} />
      </AppHeader>
      <div className="workspace">
        <aside className="sidebar" aria-label="Graph settings, legend and saved views">
          <SidebarTabs tab={tab} onChange={setTab}>
            {tab === 'explore' ? (
              <>
                <LayoutSelect
                  value={layout}
                  onChange={(next) => dispatch({ type: 'set-layout', layout: next })}
                />
                <AppearanceControls
                  sizeBy={state.sizeBy}
                  colorBy={state.colorBy}
                  nodeCount={graph.nodes.size}
                  webgl={webgl}
                  webglAvailable={canWebgl}
                  onWebgl={(on) => dispatch({ type: 'set-webgl', webgl: on })}
                  onSizeBy={(sizeBy) => dispatch({ type: 'set-size-by', sizeBy })}
                  onColorBy={(colorBy) =>
                    dispatch({
                      type: 'set-colour-by',
                      colorBy: colorBy === 'kind' ? undefined : colorBy,
                    })
                  }
                />
                {analysis.communities && <LazyCommunityLegend communities={analysis.communities} />}
                <GraphLegend
                  graph={graph}
                  totals={totals}
                  visible={analysis.visible}
                  hiddenKinds={state.hiddenKinds}
                  camps={state.camps}
                  theme={theme}
                  onToggleKind={(kind) => dispatch({ type: 'toggle-kind', kind })}
                  onToggleCamp={(camp) =>
                    dispatch({ type: 'set-camps', camps: toggleCamp(state.camps, camp) })
                  }
                />
                <LazyExploreFilters
                  graph={graph}
                  visible={analysis.visible}
                  hiddenTypes={state.hiddenTypes}
                  amount={state.amount}
                  onToggleType={(type) =>
                    dispatch({ type: 'toggle-relationship-type', relationshipType: type })
                  }
                  onAmount={(range) => dispatch({ type: 'set-amount-range', range })}
                  sources={sources}
                  minSources={Number(state.minSources ?? 1)}
                  knownOn={state.knownOn}
                  onMinSources={(least) => dispatch({ type: 'set-min-sources', minSources: least })}
                  onKnownOn={(knownOn) => dispatch({ type: 'set-known-on', knownOn })}
                  onShowDisputed={(ids) => evidence.setSpotlight({ ids, by: 'disputed' })}
                />
                <UsageTips />
              </>
            ) : tab === 'paths' ? (
              <LazyPathsPanel
                finder={evidence.paths}
                shownIndex={evidence.shownPath}
                onOpen={openAndCenter}
              />
            ) : tab === 'sources' ? (
              <LazySourcesPanel
                sources={sources}
                graph={graph}
                shown={analysis.visible}
                activeKey={evidence.spotlight?.by ?? null}
                jump={evidence.jump}
                onSpotlight={evidence.setSpotlight}
                onOpen={openAndCenter}
                onSourcesChanged={() => {
                  // The sources, their sentences and the schema may all have changed.
                  void serverCache.invalidateQueries({ queryKey: serverState.sources });
                  void serverCache.invalidateQueries({ queryKey: serverState.schema });
                  explorer.retry();
                }}
              />
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
          {drill && drill.kind !== 'overview' && (
            <DrillBanner
              drill={drill}
              drawn={store.content.nodes.size}
              total={explorer.total}
              loading={explorer.status === 'loading'}
              onBack={explorer.showOverview}
            />
          )}
          <div className="stage__canvas">
            {overview && summary ? (
              <LazyOverviewCanvas
                key={`overview:${explorer.generation}`}
                ref={canvas}
                overview={overview}
                theme={theme}
                onDrill={explorer.drillInto}
              >
                <OverviewNotice
                  entities={overview.entities}
                  top={summary.top.nodes.length}
                  onDrawTop={explorer.drawTop}
                />
                <ZoomControls canvas={canvas} />
                <StatusLine
                  graphStatus="ready"
                  nodeCount={overview.entities}
                  edgeCount={overview.relationships}
                  refreshKey={explorer.attempt}
                />
              </LazyOverviewCanvas>
            ) : (
              <LazyGraphCanvas
                key={`${explorer.attempt}:${explorer.generation}`}
                ref={canvas}
                scale={scale}
                webgl={webgl}
                graph={graph}
                visible={analysis.visible}
                anchorId={exploration.anchorId}
                layout={layout}
                selected={state.selection}
                pinned={pinned}
                restore={exploration.restore}
                appearance={appearance}
                theme={theme}
                focus={focus}
                status={exploration.restoring ? 'loading' : explorer.status}
                onPick={commands.onPick}
                onBoxSelect={commands.onBoxSelect}
                onExpand={expandNode}
                onPin={commands.onPin}
                onPositions={commands.onPositions}
                spotlight={evidence.spotlight?.ids ?? null}
                onNodeMenu={evidence.setMenu}
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
                <CanvasToolbar
                  canUndo={exploration.canUndo}
                  canRedo={exploration.canRedo}
                  selectedNodes={state.selection.length}
                  anythingHidden={commands.anythingHidden}
                  canCollapse={commands.canCollapse}
                  canUnpin={commands.canUnpin}
                  onUndo={exploration.undo}
                  onRedo={exploration.redo}
                  onHideSelected={commands.hideSelected}
                  onHideOthers={commands.hideOthers}
                  onShowAll={commands.showAll}
                  onCollapse={commands.collapseSelected}
                  onUnpin={commands.unpinSelected}
                />
                <ExportMenu
                  canvas={canvas}
                  graph={graph}
                  context={exportContext}
                  sources={sources}
                />
                <ZoomControls canvas={canvas} />
                {evidence.menu && (
                  <NodeContextMenu
                    menu={evidence.menu}
                    caption={captionOf(evidence.menu.id)}
                    onDetails={(id) => openAndCenter({ type: 'node', id })}
                    onExpand={expandNode}
                    onPathFrom={evidence.pathFrom}
                    onPathTo={evidence.pathTo}
                    onClose={evidence.closeMenu}
                  />
                )}
                <StatusLine
                  graphStatus={explorer.status}
                  nodeCount={analysis.visible.nodes.size}
                  edgeCount={analysis.visible.edges.size}
                  refreshKey={explorer.attempt}
                />
              </LazyGraphCanvas>
            )}
          </div>
          <TimelineBar
            graph={graph}
            sources={sources}
            time={state.time}
            pending={explorer.status === 'loading' || sources.size === 0}
            onChange={(time) => dispatch({ type: 'set-time', time })}
          />
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
                    positions={() => state.positions}
                    onClose={() => setWorkbenchOpen(false)}
                  />
                </div>
              )}
              {result && (
                <LazyResultsPane
                  result={result}
                  running={running !== null}
                  graph={graph}
                  onOpen={openAndCenter}
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
            onOpen={openAndCenter}
            onExpand={expandNode}
            onCenter={center}
            onMerge={evidence.mergeAround}
            onPathFrom={evidence.pathFrom}
            onPathTo={evidence.pathTo}
            onJump={evidence.jumpTo}
            onClose={() => setSelection(null)}
          />
        )}
        {state.selection.length > 1 && (
          <LazySelectionSummary
            ids={state.selection}
            graph={graph}
            expanding={explorer.expanding !== null}
            onHide={commands.hideSelected}
            onHideOthers={commands.hideOthers}
            onExpandAll={() => void commands.expandSelected()}
            onClose={() => setSelection(null)}
          />
        )}
      </div>
      {helpOpen && <LazyHelpOverlay onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
