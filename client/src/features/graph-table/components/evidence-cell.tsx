import type { RelationshipRow } from '../utils/table-rows.ts';

/**
 * What a relationship rests on: its first quoted sentence and where it comes from, and how many
 * more sentences and sources back it (the details panel lists them all).
 */
export function EvidenceCell({ row }: { row: RelationshipRow }) {
  const [first, ...more] = row.evidence;
  if (!first) return <span className="row-table__none">No quoted sentence</span>;
  const source = first.source;
  return (
    <div className="evidence-cell">
      <blockquote className="evidence-cell__quote" data-testid="table-quote">
        {first.quote}
      </blockquote>
      <p className="evidence-cell__credit">
        {source ? (
          <>
            {source.publisher} · {source.published ?? source.year} · <cite>{source.title}</cite>
          </>
        ) : (
          first.sourceId
        )}
        {more.length > 0 && (
          <span className="evidence-cell__more">
            {' '}
            + {more.length} more {more.length === 1 ? 'sentence' : 'sentences'}
          </span>
        )}
        {row.sources > 1 && <span className="evidence-cell__more"> · {row.sources} sources</span>}
      </p>
    </div>
  );
}
