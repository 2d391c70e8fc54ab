import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LazyHelpOverlay } from '../features/analysis/components/lazy-help-overlay.tsx';
import { LazySelectionSummary } from '../features/analysis/components/lazy-selection-summary.tsx';
import { useCanvasAnalysis } from '../features/analysis/hooks/use-canvas-analysis.ts';
import { useExplorationStore } from './exploration/use-exploration-store.ts';
import { useTheme, themeOf } from '../features/analysis/hooks/use-theme.ts';
import { singleSelection } from '../features/analysis/utils/selection-actions.ts';
import { DetailsPanel } from '../features/details/components/details-panel.tsx';
import { useSources } from '../features/details/hooks/use-sources.ts';
import { LazySourcesPanel } from '../features/sources/components/lazy-sources-panel.tsx';
import type { GraphCanvasHandle } from '../lib/canvas-handle.ts';
import { useExplorerGraph } from './use-explorer-graph.ts';
import { storeWebglChoice, webglAvailable } from '../lib/webgl-preference.ts';
import { DrillBanner } from '../features/overview/components/drill-banner.tsx';
import { overviewTotals } from '../features/overview/utils/overview-elements.ts';
import { LazyPathsPanel } from '../features/paths/components/lazy-paths-panel.tsx';
import { SearchBox } from '../features/search/components/search-box.tsx';
import { TimelineBar } from '../features/timeline/components/timeline-bar.tsx';
import { ResultBanner } from '../features/views/components/result-banner.tsx';
import { LazyViewsPanel } from '../features/views/components/lazy-views-panel.tsx';
import { useViews } from '../features/views/hooks/use-views.ts';
import { viewLinkFrom } from '../features/views/utils/view-url.ts';
import type { ApiNode, GraphPayload } from '../lib/api-types.ts';
import type { FocusRequest, Selection } from '../lib/selection.ts';
import { serverState } from '../lib/server-state.ts';
import { useCanvasCommands } from './use-canvas-commands.ts';
import { AppHeader } from './app-header.tsx';
import { graphLimitFrom } from './graph-limit.ts';
import { SidebarTabs, type SidebarTab } from './sidebar-tabs.tsx';
import { useEvidenceAndPaths } from './use-evidence-and-paths.ts';
import { useResultNavigation } from './use-result-navigation.ts';
import { ExploreTab } from './explore-tab.tsx';
import { GraphStage } from './graph-stage.tsx';
import { HeaderActions } from './header-actions.tsx';
import { useViewActions } from './use-view-actions.ts';
import { WorkbenchDock } from './workbench-dock.tsx';
import './app.css';
import './small-screens.css';

function keepSelection() {}

/**
 * The page: header with search and the workbench button; a sidebar with the legend or the saved
 * views; the graph, with what it shows above it and the workbench and records docked below;
 * details on the right. Each region is a component of its own; this only wires them together.
 */
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
  const { runner, openView } = navigation;
  const { result, running, failure } = runner;
  const { graph, state, dispatch } = exploration;
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
  /** On a phone, whether the sidebar is up as a sheet (wider screens always show it). */
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [tab, setTab] = useState<SidebarTab>(firstLink ? 'views' : 'explore');
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

  const commands = useCanvasCommands(exploration, analysis.visible, canvas, () =>
    setHelpOpen(true),
  );

  const viewActions = useViewActions(navigation, views, setTab);

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
  const bannerSource =
    result?.source ?? running ?? (showingResult ? (failure?.source ?? null) : null);
  const bannerState = running ? 'running' : result ? 'ready' : 'error';
  const tableFocus =
    showingResult && result !== null && graph.nodes.size === 0 && result.payload.rows.length > 0;
  // The table twin stands in for the graph canvas: not for an overview of a large database, nor
  // for a result's records, which then have the stage to themselves.
  const tablesShown = state.display === 'table' && !overview && !tableFocus;
  const stageClass = ['stage', tableFocus && 'stage--table-focus', tablesShown && 'stage--tables']
    .filter(Boolean)
    .join(' ');
  const captionOf = (id: string) => graph.nodes.get(id)?.caption ?? id;
  const runningView = running?.kind === 'view' ? running.view : null;
  const failedView =
    failure?.source.kind === 'view'
      ? { viewId: failure.source.view.id, message: failure.error.message }
      : null;

  return (
    <div className={settingsOpen ? 'app app--settings-open' : 'app'}>
      <AppHeader
        sources={sources}
        actions={
          <HeaderActions
            theme={theme}
            onToggleTheme={() =>
              dispatch({ type: 'set-theme', theme: theme === 'dark' ? undefined : 'dark' })
            }
            onHelp={() => setHelpOpen(true)}
            workbenchOpen={viewActions.workbenchOpen}
            onToggleWorkbench={viewActions.toggleWorkbench}
            settingsOpen={settingsOpen}
            onToggleSettings={() => setSettingsOpen((open) => !open)}
          />
        }
      >
        <SearchBox onPick={(node) => void pickSearchResult(node)} />
      </AppHeader>
      <div className="workspace">
        <aside className="sidebar" id="sidebar" aria-label="Graph settings, legend and saved views">
          <button
            type="button"
            className="icon-button sidebar__close"
            aria-label="Close the settings"
            onClick={() => setSettingsOpen(false)}
          >
            ×
          </button>
          <SidebarTabs tab={tab} onChange={setTab}>
            {tab === 'explore' ? (
              <ExploreTab
                exploration={exploration}
                analysis={analysis}
                totals={totals}
                theme={theme}
                sources={sources}
                webgl={webgl}
                webglAvailable={canWebgl}
                onShowDisputed={(ids) => evidence.setSpotlight({ ids, by: 'disputed' })}
              />
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
                onSelect={viewActions.selectView}
                onRun={(view, params) => void navigation.runView(view, params)}
                onOpenInEditor={viewActions.openInEditor}
                onDeleted={viewActions.viewDeleted}
              />
            )}
          </SidebarTabs>
        </aside>
        <main className={stageClass}>
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
            <GraphStage
              canvas={canvas}
              explorer={explorer}
              exploration={exploration}
              analysis={analysis}
              commands={commands}
              evidence={evidence}
              runner={runner}
              sources={sources}
              theme={theme}
              webgl={webgl}
              tablesShown={tablesShown}
              focus={focus}
              onOpen={openAndCenter}
              onExpand={expandNode}
            />
          </div>
          <TimelineBar
            graph={graph}
            sources={sources}
            time={state.time}
            pending={explorer.status === 'loading' || sources.size === 0}
            onChange={(time) => dispatch({ type: 'set-time', time })}
          />
          <WorkbenchDock
            actions={viewActions}
            runner={runner}
            runQuery={navigation.runQuery}
            categories={categories}
            graph={graph}
            positions={() => state.positions}
            tableFocus={tableFocus}
            onOpen={openAndCenter}
          />
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
