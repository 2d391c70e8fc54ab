import type { ApiSource, PropertyValue } from '../../../lib/api-types.ts';
import { highlightTerms } from '../utils/highlight-terms.ts';

interface QuoteListProps {
  quotes: PropertyValue | undefined;
  sourceId: PropertyValue | undefined;
  sources: ReadonlyMap<string, ApiSource>;
  /** Names to mark inside the sentences, so the eye finds the entity. */
  terms: string[];
}

/**
 * "From the article": the verbatim sentences a fact rests on, each credited to its source. This
 * is the provenance an analyst checks before trusting a node or edge.
 */
export function QuoteList({ quotes, sourceId, sources, terms }: QuoteListProps) {
  const sentences = Array.isArray(quotes)
    ? quotes.filter((quote): quote is string => typeof quote === 'string')
    : [];
  const source = typeof sourceId === 'string' ? sources.get(sourceId) : undefined;
  return (
    <section className="details-section" aria-labelledby="quotes-heading">
      <h3 id="quotes-heading" className="section-title">
        From the article
      </h3>
      {sentences.length === 0 ? (
        <p className="muted">No sentence from the source is attached to this item.</p>
      ) : (
        sentences.map((sentence, index) => (
          <figure key={index} className="quote">
            <blockquote data-testid="details-quote">
              {highlightTerms(sentence, terms).map((segment, part) =>
                segment.match ? <mark key={part}>{segment.text}</mark> : segment.text,
              )}
            </blockquote>
            <figcaption>
              {source ? (
                <>
                  — {source.publisher}, {source.year}, <cite>“{source.title}”</cite>
                </>
              ) : (
                <>— {typeof sourceId === 'string' ? sourceId : 'source unknown'}</>
              )}
            </figcaption>
          </figure>
        ))
      )}
    </section>
  );
}
