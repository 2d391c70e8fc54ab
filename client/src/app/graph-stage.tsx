import { useMemo, type RefObject } from 'react';
import { CanvasToolbar } from '../features/analysis/components/canvas-toolbar.tsx';
import type { CanvasAnalysis } from '../features/analysis/hooks/use-canvas-analysis.ts';
import { ExportMenu } from '../features/export/components/export-menu.tsx';
import { GraphTable } from '../features/graph-table/components/graph-table.tsx';
import { CanvasMessage } from '../features/graph/components/canvas-message.tsx';
import { GraphNotice } from '../features/graph/components/graph-notice.tsx';
import { LazyGraphCanvas } from '../features/graph/components/lazy-graph-canvas.tsx';
import { ZoomControls } from '../features/graph/components/zoom-controls.tsx';
import { canvasScaleFor } from '../features/graph/large/large-graph.ts';
import { layoutIdOf } from '../features/graph/utils/layout-choices.ts';
import { GRAPH_DEFAULT_LIMIT } from '../../../common/domain.ts';
import { LazyOverviewCanvas } from '../features/overview/components/lazy-overview-canvas.tsx';
import { OverviewNotice } from '../features/overview/components/overview-notice.tsx';
import { NodeContextMenu } from '../features/paths/components/node-context-menu.tsx';
import { StatusLine } from '../features/status/components/status-line.tsx';
import type { ResultRunner } from '../features/views/hooks/use-result-runner.ts';
import { ResultMessage } from '../features/views/components/result-message.tsx';
import type { ApiSource } from '../lib/api-types.ts';
import type { GraphCanvasHandle } from '../lib/canvas-handle.ts';
import type { Exploration } from '../lib/exploration/exploration.ts';
import type { ExplorerGraph } from '../lib/explorer-content.ts';
import type { FocusRequest, Selection } from '../lib/selection.ts';
import type { Theme } from '../lib/theme.ts';
import type { ExplorationStore } from './exploration/use-exploration-store.ts';
import { exportContextOf } from './export-context.ts';
import type { CanvasCommands } from './use-canvas-commands.ts';
import type { EvidenceAndPaths } from './use-evidence-and-paths.ts';

/**
 * `?x-draw=scene` draws any graph the large-graph way (scene, scene layer, window): to compare
 * the two drawings on the same graph, and for the tests that hold both to the same behavior.
 */
const drawnAsScene =
  new URLSearchParams(window.location.search).get('x-draw') === 'scene' ? 'large' : null;

interface GraphStageProps {
  canvas: RefObject<GraphCanvasHandle | null>;
  explorer: ExplorerGraph;
  exploration: ExplorationStore & Pick<Exploration, 'expand'>;
  analysis: CanvasAnalysis;
  commands: CanvasCommands;
  evidence: EvidenceAndPaths;
  runner: Pick<ResultRunner, 'result' | 'running' | 'failure'>;
  sources: ReadonlyMap<string, ApiSource>;
  theme: Theme;
  webgl: boolean;
  /** What is drawn shows as tables over the canvas (the canvas stays, see .stage--tables). */
  tablesShown: boolean;
  focus: FocusRequest | null;
  onOpen: (selection: Selection) => void;
  onExpand: (nodeId: string) => void;
}

/**
 * The drawing and what floats over it: a large database's summary with its notice, or the graph
 * with its messages, toolbar, export menu, zoom, context menu and status line.
 */
export function GraphStage(props: GraphStageProps) {
  const { canvas, explorer, exploration, analysis, commands, evidence, sources, theme } = props;
  const { result, running, failure } = props.runner;
  const { graph, state } = exploration;
  const showingResult = explorer.showing === 'result';
  const summary = explorer.showing === 'ecosystem' ? explorer.summary : null;
  const overview = summary && explorer.drill?.kind === 'overview' ? summary.overview : null;

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
  const exportContext = useMemo(
    () => exportContextOf(showingResult ? (result?.source ?? null) : null),
    [showingResult, result],
  );

  if (overview && summary) {
    return (
      <LazyOverviewCanvas
        key={`overview:${explorer.generation}`}
        ref={canvas}
        overview={overview}
        theme={theme}
        onDrill={explorer.drillInto}
      >
        <OverviewNotice
          entities={overview.entities}
          top={summary.top?.nodes.length ?? GRAPH_DEFAULT_LIMIT}
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
    );
  }

  // The canvas waits for the content to know whether it is large before it starts.
  const scale =
    explorer.status === 'loading'
      ? null
      : (drawnAsScene ?? canvasScaleFor(exploration.content.nodes.size));
  const runningView = running?.kind === 'view' ? running.view : null;
  return (
    <LazyGraphCanvas
      key={`${explorer.attempt}:${explorer.generation}`}
      ref={canvas}
      scale={scale}
      webgl={props.webgl}
      graph={graph}
      visible={analysis.visible}
      anchorId={exploration.anchorId}
      layout={layoutIdOf(state.layout)}
      selected={state.selection}
      pinned={pinned}
      restore={exploration.restore}
      appearance={appearance}
      theme={theme}
      focus={props.focus}
      status={exploration.restoring ? 'loading' : explorer.status}
      onPick={commands.onPick}
      onBoxSelect={commands.onBoxSelect}
      onExpand={props.onExpand}
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
      {props.tablesShown && explorer.status === 'ready' && (
        <GraphTable
          graph={graph}
          drawn={analysis.visible}
          sources={sources}
          selected={state.selection}
          theme={theme}
          timeCut={state.time !== undefined}
          onPick={commands.onPick}
          onShowAll={commands.showAll}
          onAllTime={() => exploration.dispatch({ type: 'set-time', time: undefined })}
        />
      )}
      <CanvasToolbar
        tableShown={props.tablesShown}
        onToggleTable={commands.toggleTable}
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
      <ExportMenu canvas={canvas} graph={graph} context={exportContext} sources={sources} />
      <ZoomControls canvas={canvas} />
      {evidence.menu && (
        <NodeContextMenu
          menu={evidence.menu}
          caption={graph.nodes.get(evidence.menu.id)?.caption ?? evidence.menu.id}
          onDetails={(id) => props.onOpen({ type: 'node', id })}
          onExpand={props.onExpand}
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
  );
}
