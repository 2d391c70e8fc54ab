import './paths.css';
import type { Selection } from '../../../lib/selection.ts';
import { EntityPicker } from '../../../shared/entity-picker.tsx';
import type { PathFinder } from '../hooks/use-path-finder.ts';
import { PathItem } from './path-item.tsx';

interface PathsPanelProps {
  finder: PathFinder;
  /** Index of the path lit up on the canvas; -1 when none is. */
  shownIndex: number;
  onOpen: (selection: Selection) => void;
}

/**
 * "How are these two connected?": two entity pickers, then the shortest path and the next few,
 * each step with the sentence of the article it rests on.
 */
export function PathsPanel({ finder, shownIndex, onOpen }: PathsPanelProps) {
  const { from, to, status, error, result } = finder;
  const names = new Map(result?.nodes.map((node) => [node.id, node.caption]));
  return (
    <section className="panel" aria-label="Paths between two entities">
      <p className="panel__intro">
        How are two entities connected? Each step comes with the article’s sentence for it.
      </p>
      <form
        className="paths-panel__form"
        onSubmit={(event) => {
          event.preventDefault();
          void finder.find();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="path-from-input">
            From
          </label>
          <EntityPicker
            id="path-from-input"
            testId="path-from"
            value={from}
            onChange={finder.setFrom}
          />
        </div>
        <button
          type="button"
          className="icon-button paths-panel__swap"
          aria-label="Swap the two ends"
          title="Swap the two ends"
          disabled={!from && !to}
          onClick={finder.swap}
        >
          ⇅
        </button>
        <div className="field">
          <label className="field__label" htmlFor="path-to-input">
            To
          </label>
          <EntityPicker id="path-to-input" testId="path-to" value={to} onChange={finder.setTo} />
        </div>
        <div className="paths-panel__actions">
          <button
            type="submit"
            className="button button--primary button--small"
            data-testid="path-find"
            disabled={!from || !to || status === 'loading'}
          >
            {status === 'loading' ? 'Finding…' : 'Find paths'}
          </button>
          {(from || to || result) && (
            <button
              type="button"
              className="button button--small"
              data-testid="path-clear"
              title="Forget both ends and stop highlighting the path"
              onClick={finder.clear}
            >
              Clear
            </button>
          )}
        </div>
      </form>
      {status === 'error' && error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {result && status !== 'loading' && (
        <div className="paths-panel__result" role="status">
          {result.paths.length === 0 ? (
            <p className="muted">
              No path links {names.get(from) ?? from} and {names.get(to) ?? to} in the graph.
            </p>
          ) : (
            <ol className="path-list">
              {result.paths.map((path, index) => (
                <PathItem
                  key={path.edges.join(' ')}
                  path={path}
                  index={index}
                  payload={result}
                  active={index === shownIndex}
                  onShow={finder.show}
                  onOpen={onOpen}
                />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
