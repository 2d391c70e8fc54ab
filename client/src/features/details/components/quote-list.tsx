import type { ApiSource, Properties, PropertyValue } from '../../../lib/api-types.ts';
import { corroborationOf, evidenceBySource } from '../../../lib/evidence.ts';
import { highlightTerms } from '../../../lib/highlight-terms.ts';
import type { KeyPhrases } from '../../../lib/key-phrases.ts';

interface QuoteListProps {
  /** The fact's properties: its quotes and the source of each. */
  properties: Properties;
  sources: ReadonlyMap<string, ApiSource>;
  /** What to mark inside the sentences, so the eye finds the entity and what is said of it. */
  phrases: KeyPhrases;
  /** Opens the sentence where it stands in its source; no jump link without it. */
  onJump?: (quote: string) => void;
}

/** The verbatim sentences of a fact's `quotes` property (strings only). */
export function quotesOf(quotes: PropertyValue | undefined): string[] {
  return Array.isArray(quotes)
    ? quotes.filter((quote): quote is string => typeof quote === 'string')
    : [];
}

function SourceCredit({ id, source }: { id: string; source: ApiSource | undefined }) {
  if (!source) return <span className="quote__publisher">{id}</span>;
  return (
    <>
      <span className="quote__publisher">
        {source.publisher} · {source.published ?? source.year}
      </span>{' '}
      <cite>{source.title}</cite>
    </>
  );
}

/**
 * The evidence: the verbatim sentences a fact rests on, grouped by the source each comes from,
 * with how many independent sources back it. This is the provenance an analyst checks before
 * trusting a node or edge.
 */
export function QuoteList({ properties, sources, phrases, onJump }: QuoteListProps) {
  const groups = evidenceBySource(properties);
  const backing = corroborationOf(properties);
  return (
    <section className="details-section" aria-labelledby="quotes-heading">
      <h3 id="quotes-heading" className="section-title">
        Evidence
        <span className="evidence-count" data-testid="corroboration">
          {backing === 1 ? '1 source' : `${backing} sources`}
        </span>
      </h3>
      {groups.length === 0 && (
        <p className="muted">No sentence from a source is attached to this item.</p>
      )}
      {groups.map((group) => (
        <div key={group.source} className="evidence-group" data-testid="evidence-group">
          <p className="evidence-group__source">
            <SourceCredit id={group.source} source={sources.get(group.source)} />
          </p>
          {group.quotes.map((sentence, index) => (
            <figure key={index} className="quote">
              <blockquote data-testid="details-quote">
                {highlightTerms(sentence, phrases.terms, phrases.stems).map((segment, part) =>
                  segment.match ? <mark key={part}>{segment.text}</mark> : segment.text,
                )}
              </blockquote>
              {onJump && (
                <figcaption>
                  <button
                    type="button"
                    className="quote__jump"
                    data-testid="quote-jump"
                    title="Read this sentence where it stands in its source (Sources tab)"
                    onClick={() => onJump(sentence)}
                  >
                    In the source →
                  </button>
                </figcaption>
              )}
            </figure>
          ))}
        </div>
      ))}
    </section>
  );
}
