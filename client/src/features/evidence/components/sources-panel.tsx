import './sources.css';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import { useCanEdit } from '../../../lib/session-context.ts';
import { withdrawSource } from '../../sources/api/source-api.ts';
import { AddSourceDialog } from '../../sources/components/add-source-dialog.tsx';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import type { Spotlight } from '../utils/spotlight.ts';
import type { JumpRequest, ShownFacts } from '../utils/sentence-facts.ts';
import { SourceText } from './source-text.tsx';

interface SourcesPanelProps {
  sources: ReadonlyMap<string, ApiSource>;
  graph: GraphModel;
  /** What the filters leave on screen: sentences supporting none of it are dimmed. */
  shown: ShownFacts;
  /** The spotlight on the canvas, if a sentence here lit it. */
  activeKey: string | null;
  jump: JumpRequest | null;
  onSpotlight: (spotlight: Spotlight | null) => void;
  onOpen: (selection: Selection) => void;
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
        `Withdrawn: ${plan.removed.entities.length} entities and ${plan.removed.relationships.length} relationships left with it; ${plan.withdrawn.entities.length + plan.withdrawn.relationships.length} facts lost its evidence.`,
      );
      onSourcesChanged();
    } catch (cause) {
      setNotice(cause instanceof ApiError ? cause.message : String(cause));
    }
  };
  return (
    <section className="sources-panel" aria-label="Sources">
      <div className="sources-panel__head">
        <p className="sources-panel__intro">
          Every sentence of every source, with the facts it supports. Click one to see them on the
          graph; dimmed ones support nothing on the canvas.
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
        <p className="views-panel__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading sources…
        </p>
      )}
      {sources.size > 0 && (
        <ul className="source-list" aria-label="All sources" data-testid="source-list">
          {[...sources.values()].map((source) => (
            <li key={source.id} className="source-list__item">
              <span className="source-list__title">
                <strong>{source.publisher}</strong> · {source.published ?? source.year}
                <br />
                {source.title}
              </span>
              <span className="source-list__facts">
                {source.facts.entities} entities · {source.facts.relationships} links
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
              `Added “${plan.source.title}”: ${plan.created.entities.length} new entities, ${plan.created.relationships.length} new relationships, ${plan.corroborated.entities.length + plan.corroborated.relationships.length} facts corroborated, ${plan.conflicts.length} conflicts.`,
            );
            onSourcesChanged();
          }}
        />
      )}
    </section>
  );
}
