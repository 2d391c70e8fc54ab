import type { ApiSentence } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { namesOf } from '../../../lib/entity-names.ts';
import { highlightTerms } from '../../../lib/highlight-terms.ts';
import { factsOnCanvas, type ShownFacts } from '../utils/sentence-facts.ts';

interface SourceSentenceProps {
  sentence: ApiSentence;
  graph: GraphModel;
  /** What the filters leave on screen. */
  shown: ShownFacts;
  /** Its facts are lit up on the canvas. */
  active: boolean;
  /** A quote's "In the article" link led here: it is marked, and flashes once. */
  jumped: boolean;
  onToggle: () => void;
  /** Stops lighting its facts up. */
  onClear: () => void;
  onOpen: (selection: Selection) => void;
}

/**
 * One sentence of the article with how many facts it supports; dimmed when none of them is on
 * screen. Clicking lights its facts up; when lit, the entities it names are listed.
 */
export function SourceSentence(props: SourceSentenceProps) {
  const { sentence, graph, shown: onScreen, active, jumped, onToggle, onClear, onOpen } = props;
  const count = sentence.nodes.length + sentence.edges.length;
  const shown = factsOnCanvas(sentence, onScreen);
  const entities = sentence.nodes.flatMap((id) => graph.nodes.get(id) ?? []);
  return (
    <li
      className="source-sentence"
      data-testid="source-sentence"
      data-index={sentence.index}
      data-dim={shown === 0}
      data-flash={jumped || undefined}
      aria-current={jumped || undefined}
    >
      <button
        type="button"
        className="list-button source-sentence__button"
        aria-pressed={active}
        disabled={count === 0}
        title={
          count === 0
            ? 'No fact in the graph rests on this sentence'
            : 'Show its facts on the graph'
        }
        onClick={onToggle}
      >
        <span className="source-sentence__text">
          {active
            ? highlightTerms(sentence.text, entities.flatMap(namesOf)).map((segment, part) =>
                segment.match ? <mark key={part}>{segment.text}</mark> : segment.text,
              )
            : sentence.text}
        </span>
        <span className="source-sentence__count" data-testid="source-sentence-count">
          {count === 0
            ? 'no facts'
            : `${count} ${count === 1 ? 'fact' : 'facts'}${shown < count ? ` · ${shown} on screen` : ''}`}
        </span>
      </button>
      {active && (
        <div className="source-sentence__facts">
          <ul aria-label="Entities this sentence supports">
            {entities.map((node) => (
              <li key={node.id}>
                <button
                  type="button"
                  className="relationship-chip"
                  onClick={() => onOpen({ type: 'node', id: node.id })}
                >
                  {node.caption}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--small"
            data-testid="sources-clear"
            onClick={onClear}
          >
            Clear highlight
          </button>
        </div>
      )}
    </li>
  );
}
