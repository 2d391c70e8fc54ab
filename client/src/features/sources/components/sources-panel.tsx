import './sources.css';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import { useCanEdit } from '../../../lib/session-context.ts';
import { withdrawSource } from '../api/source-api.ts';
import { AddSourceDialog } from './add-source-dialog.tsx';
import { ChangesTable } from './changes-table.tsx';
import type { ApiSource } from '../../../lib/api-types.ts';
import { SourceText, type SourceTextProps } from './source-text.tsx';

const latestDate = (sources: ReadonlyMap<string, ApiSource>) =>
  [...sources.values()]
    .map((source) => source.date)
    .sort()
    .at(-1) ?? '';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What each source's text needs, and the sources themselves. */
interface SourcesPanelProps extends Omit<SourceTextProps, 'source'> {
  sources: ReadonlyMap<string, ApiSource>;
  /** A source was added or withdrawn: the page reloads its sources and its graph. */
  onSourcesChanged: () => void;
}

/**
 * The evidence itself: every sentence of every source in reading order, each with the facts it
 * supports. Clicking a sentence lights its facts up on the graph.
 */
export function SourcesPanel(props: SourcesPanelProps) {
  const { sources, activeKey, onSpotlight, onSourcesChanged } = props;
  const canEdit = useCanEdit();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const withdraw = async (id: string, title: string) => {
    if (!window.confirm(`Withdraw “${title}”? Facts only it backs leave the graph.`)) return;
    try {
      const plan = await withdrawSource(id);
      setNotice(
        `Withdrawn: ${count(plan.removed.entities.length, 'entity', 'entities')} and ${count(plan.removed.relationships.length, 'relationship', 'relationships')} left with it; ${count(plan.withdrawn.entities.length + plan.withdrawn.relationships.length, 'fact', 'facts')} lost its evidence.`,
      );
      onSourcesChanged();
    } catch (cause) {
      setNotice(cause instanceof ApiError ? cause.message : String(cause));
    }
  };
  return (
    <section className="panel" aria-label="Sources">
      <div className="sources-panel__head">
        <p className="panel__intro">
          Every source, then every sentence of each with the facts it supports. Click a sentence to
          see them on the graph; dimmed ones support nothing on the canvas.
        </p>
        {canEdit && (
          <button
            type="button"
            className="button button--primary button--small"
            data-testid="add-source"
            onClick={() => setAdding(true)}
          >
            Add a source
          </button>
        )}
      </div>
      {notice && (
        <p className="sources-panel__notice" role="status" data-testid="sources-notice">
          {notice}
        </p>
      )}
      {sources.size === 0 && (
        <p className="panel__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading sources…
        </p>
      )}
      {sources.size > 0 && (
        <ul className="source-list" aria-label="All sources" data-testid="source-list">
          {[...sources.values()].map((source) => (
            <li key={source.id} className="source-list__item">
              <span className="source-list__text">
                <span className="source-list__credit">
                  {source.publisher} · {source.published ?? source.year}
                </span>
                <span className="source-list__title">{source.title}</span>
                <span className="source-list__facts">
                  {count(source.facts.entities, 'entity', 'entities')} ·{' '}
                  {count(source.facts.relationships, 'relationship', 'relationships')}
                </span>
              </span>
              {canEdit && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Withdraw ${source.title}`}
                  onClick={() => void withdraw(source.id, source.title)}
                >
                  Withdraw
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sources.size > 0 && (
        <ChangesTable
          // A newer source moves the starting date to its own: a fresh table.
          key={latestDate(sources)}
          initialSince={latestDate(sources)}
          onOpen={props.onOpen}
        />
      )}
      {[...sources.values()].map((source) => (
        <SourceText
          key={source.id}
          source={source}
          graph={props.graph}
          shown={props.shown}
          activeKey={activeKey}
          jump={props.jump}
          onSpotlight={onSpotlight}
          onOpen={props.onOpen}
        />
      ))}
      {adding && (
        <AddSourceDialog
          graph={props.graph}
          onClose={() => setAdding(false)}
          onAdded={(plan) => {
            setAdding(false);
            setNotice(
              `Added “${plan.source.title}”: ${count(plan.created.entities.length, 'new entity', 'new entities')}, ${count(plan.created.relationships.length, 'new relationship', 'new relationships')}, ${count(plan.corroborated.entities.length + plan.corroborated.relationships.length, 'fact', 'facts')} corroborated, ${count(plan.conflicts.length, 'conflict', 'conflicts')}.`,
            );
            onSourcesChanged();
          }}
        />
      )}
    </section>
  );
}
