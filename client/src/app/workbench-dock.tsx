import { BottomDock } from '../features/views/components/bottom-dock.tsx';
import { LazyResultsPane } from '../features/views/components/lazy-results-pane.tsx';
import { LazyWorkbench } from '../features/views/components/lazy-workbench.tsx';
import type { ResultRunner } from '../features/views/hooks/use-result-runner.ts';
import type { ExplorationState } from '../lib/exploration/exploration-url.ts';
import type { GraphModel } from '../lib/graph-model.ts';
import type { Selection } from '../lib/selection.ts';
import type { ResultNavigation } from './use-result-navigation.ts';
import type { ViewActions } from './use-view-actions.ts';

interface WorkbenchDockProps {
  actions: ViewActions;
  runner: Pick<ResultRunner, 'result' | 'running'>;
  runQuery: ResultNavigation['runQuery'];
  categories: string[];
  graph: GraphModel;
  positions: () => ExplorationState['positions'];
  /** A result with rows and nothing to draw: the table takes the stage. */
  tableFocus: boolean;
  onOpen: (selection: Selection) => void;
}

/** The dock under the graph: the Cypher workbench and the records of the result on screen. */
export function WorkbenchDock(props: WorkbenchDockProps) {
  const { actions, graph } = props;
  const { result, running } = props.runner;
  const { editorLoad, workbenchOpen } = actions;
  if (!editorLoad && !result) return null;
  return (
    <BottomDock hidden={!workbenchOpen && result === null} tableFocus={props.tableFocus}>
      {editorLoad && (
        <div className="dock__pane dock__pane--editor" hidden={!workbenchOpen}>
          <LazyWorkbench
            key={editorLoad.seq}
            load={editorLoad}
            running={running?.kind === 'query'}
            categories={props.categories}
            onRun={props.runQuery}
            onSaved={actions.viewSaved}
            positions={props.positions}
            onClose={actions.closeWorkbench}
          />
        </div>
      )}
      {result && (
        <LazyResultsPane
          result={result}
          running={running !== null}
          graph={graph}
          onOpen={props.onOpen}
        />
      )}
    </BottomDock>
  );
}
