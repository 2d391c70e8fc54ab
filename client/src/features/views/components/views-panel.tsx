import type { ViewPayload, ViewSummaryPayload } from '../../../lib/api-types.ts';
import type { ViewsList } from '../hooks/use-views.ts';
import { groupViews } from '../utils/group-views.ts';
import type { RunParams } from '../utils/param-values.ts';
import { ViewForm } from './view-form.tsx';
import './views-panel.css';

/** The view opened in the panel, with the values to start its form with. */
export interface OpenView {
  viewId: string;
  /** Values from a link, over the defaults. */
  given?: Record<string, string>;
  /** Changes whenever the form must start over with these values. */
  seq: number;
}

interface ViewsPanelProps {
  list: ViewsList;
  open: OpenView | null;
  /** Id of the view being run, if any. */
  runningId: string | null;
  /** Id of the view whose result is on the canvas, if any. */
  shownId: string | null;
  /** The last failed run of a view: its id and the server's message. */
  failure: { viewId: string; message: string } | null;
  onSelect: (view: ViewSummaryPayload) => void;
  onRun: (view: ViewSummaryPayload, params: RunParams) => void;
  onOpenInEditor: (view: ViewPayload, params: RunParams) => void;
  onDeleted: (view: ViewSummaryPayload) => void;
}

/**
 * The saved views by category: built-in ones and the users' own ("yours"). Opening one shows
 * its parameters and runs it; views without parameters run at once.
 */
export function ViewsPanel(props: ViewsPanelProps) {
  const { list, open } = props;
  if (list.status === 'loading') {
    return (
      <p className="panel__status" role="status">
        <span className="spinner" aria-hidden="true" /> Loading views…
      </p>
    );
  }
  if (list.status === 'error') {
    return (
      <div className="panel__status panel__status--error" role="alert">
        <p>{list.error}</p>
        <button type="button" className="button button--small" onClick={list.refresh}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <div className="panel">
      <p className="panel__intro">
        Saved Cypher questions. Results replace the graph; their records appear in a table under it.
      </p>
      {groupViews(list.views).map((group) => (
        <section key={group.category} className="views-group" aria-label={group.category}>
          <h2 className="section-title">{group.category}</h2>
          <ul className="list-stack">
            {group.views.map((view) => {
              const expanded = open?.viewId === view.id;
              const failure = props.failure?.viewId === view.id ? props.failure.message : null;
              const classes = ['list-button', 'view-item'];
              if (expanded) classes.push('view-item--open');
              if (props.shownId === view.id) classes.push('view-item--shown');
              return (
                <li key={view.id} className="views-group__entry">
                  <button
                    type="button"
                    className={classes.join(' ')}
                    data-testid="view-item"
                    data-view-id={view.id}
                    aria-expanded={expanded}
                    title={view.description}
                    onClick={() => props.onSelect(view)}
                  >
                    <span className="view-item__head">
                      <span className="view-item__title">{view.title}</span>
                      {!view.builtin && <span className="tag tag--yours">yours</span>}
                      {view.params.length > 0 && (
                        <span
                          className="view-item__inputs"
                          title={`Takes ${view.params.map((param) => param.name).join(', ')}`}
                        >
                          {view.params.length === 1 ? '1 input' : `${view.params.length} inputs`}
                        </span>
                      )}
                    </span>
                    {!expanded && (
                      <span className="view-item__description">{view.description}</span>
                    )}
                  </button>
                  {expanded && (
                    <ViewForm
                      key={open.seq}
                      view={view}
                      given={open.given}
                      running={props.runningId === view.id}
                      error={failure}
                      onRun={(params) => props.onRun(view, params)}
                      onOpenInEditor={props.onOpenInEditor}
                      onDeleted={() => props.onDeleted(view)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
