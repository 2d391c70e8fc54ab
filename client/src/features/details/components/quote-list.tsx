import type { ApiSource, PropertyValue } from '../../../lib/api-types.ts';
import { highlightTerms } from '../utils/highlight-terms.ts';
import type { KeyPhrases } from '../utils/key-phrases.ts';

interface QuoteListProps {
  quotes: PropertyValue | undefined;
  sourceId: PropertyValue | undefined;
  sources: ReadonlyMap<string, ApiSource>;
  /** What to mark inside the sentences, so the eye finds the entity and what is said of it. */
  phrases: KeyPhrases;
  /** Opens the sentence where it stands in the article; no jump link without it. */
  onJump?: (quote: string) => void;
}

/** The verbatim sentences of a fact's `quotes` property (strings only). */
export function quotesOf(quotes: PropertyValue | undefined): string[] {
  return Array.isArray(quotes)
    ? quotes.filter((quote): quote is string => typeof quote === 'string')
    : [];
}

/**
 * "From the article": the verbatim sentences a fact rests on, each credited to its publisher and
 * date, with a link to read it in place. This is the provenance an analyst checks before
 * trusting a node or edge.
 */
export function QuoteList({ quotes, sourceId, sources, phrases, onJump }: QuoteListProps) {
  const sentences = quotesOf(quotes);
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
              {highlightTerms(sentence, phrases.terms, phrases.stems).map((segment, part) =>
                segment.match ? <mark key={part}>{segment.text}</mark> : segment.text,
              )}
            </blockquote>
            <figcaption>
              <span className="quote__credit">
                {source ? (
                  <>
                    <span className="quote__publisher">
                      {source.publisher} · {source.year}
                    </span>{' '}
                    <cite>{source.title}</cite>
                  </>
                ) : (
                  <>{typeof sourceId === 'string' ? sourceId : 'source unknown'}</>
                )}
              </span>
              {onJump && (
                <button
                  type="button"
                  className="quote__jump"
                  data-testid="quote-jump"
                  title="Read this sentence where it stands in the article (Sources tab)"
                  onClick={() => onJump(sentence)}
                >
                  In the article →
                </button>
              )}
            </figcaption>
          </figure>
        ))
      )}
    </section>
  );
}
