import type { RelationshipRow } from '../utils/table-rows.ts';

/** "+ 1 more sentence · 2 sources": what backs the fact beyond the sentence shown. */
function backing(moreSentences: number, sources: number): string {
  const parts: string[] = [];
  if (moreSentences > 0) {
    parts.push(`+ ${moreSentences} more ${moreSentences === 1 ? 'sentence' : 'sentences'}`);
  }
  if (sources > 1) parts.push(`${sources} sources`);
  return parts.join(' · ');
}

/**
 * What a relationship rests on: its first quoted sentence and where it comes from, and how many
 * more sentences and sources back it (the details panel lists them all).
 */
export function EvidenceCell({ row }: { row: RelationshipRow }) {
  const [first, ...more] = row.evidence;
  if (!first) return <span className="row-table__none">No quoted sentence</span>;
  const source = first.source;
  const credit = source
    ? `${source.publisher}, ${source.published ?? source.year}: ${source.title}`
    : first.sourceId;
  return (
    <div className="evidence-cell">
      <blockquote className="evidence-cell__quote" data-testid="table-quote">
        {first.quote}
      </blockquote>
      <p className="evidence-cell__credit" title={credit}>
        {source ? (
          <>
            {source.publisher} · {source.published ?? source.year} · <cite>{source.title}</cite>
          </>
        ) : (
          first.sourceId
        )}
      </p>
      {(more.length > 0 || row.sources > 1) && (
        <p className="evidence-cell__more">{backing(more.length, row.sources)}</p>
      )}
    </div>
  );
}
