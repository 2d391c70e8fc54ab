import type { CaptionOf } from '../utils/cells.ts';
import { describeSource, type ResultSource } from '../utils/result-source.ts';
import './result-banner.css';

interface ResultBannerProps {
  /** What is on the canvas, or on its way there. */
  source: ResultSource;
  state: 'running' | 'ready' | 'error';
  /** What the result holds, once it is there. */
  counts: { nodes: number; edges: number; rows: number } | null;
  captionOf: CaptionOf;
  onBack: () => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

function countsText(counts: { nodes: number; edges: number; rows: number }): string {
  const records = plural(counts.rows, 'record', 'records');
  if (counts.nodes === 0) return `${records}, nothing to draw`;
  return `${plural(counts.nodes, 'entity', 'entities')} · ${plural(counts.edges, 'relationship', 'relationships')} · ${records}`;
}

/**
 * The strip over the canvas saying what it shows instead of the whole ecosystem
 * ("View · Shortest path between two entities · from = Zhu Jun, to = Fei-Fei Li"), and the way
 * back.
 */
export function ResultBanner({ source, state, counts, captionOf, onBack }: ResultBannerProps) {
  const { kind, title, detail } = describeSource(source, captionOf);
  return (
    <div className="result-banner" data-testid="result-banner" data-state={state}>
      <span className={`result-banner__kind result-banner__kind--${source.kind}`}>{kind}</span>
      <p className="result-banner__what" title={detail ? `${title} · ${detail}` : title}>
        <strong className={source.kind === 'query' ? 'result-banner__query' : undefined}>
          {title}
        </strong>
        {detail && <span className="result-banner__detail"> · {detail}</span>}
      </p>
      <span className="result-banner__status" role="status">
        {state === 'running' && (
          <>
            <span className="spinner" aria-hidden="true" /> Running…
          </>
        )}
        {state === 'ready' && counts && countsText(counts)}
        {state === 'error' && 'Could not run'}
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="back-to-ecosystem"
        onClick={onBack}
      >
        <span aria-hidden="true">←</span> Back to the whole ecosystem
      </button>
    </div>
  );
}
