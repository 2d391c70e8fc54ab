import type { ApiSource, Properties } from '../../../lib/api-types.ts';
import { conflictsOf } from '../../../lib/evidence.ts';
import { propertyLabel } from '../utils/property-rows.ts';

const shown = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));

/**
 * Properties the sources disagree on: every value with the source that gives it and its
 * sentence. Nothing is overwritten silently; the first value is the one shown above.
 */
export function ConflictList({
  properties,
  sources,
}: {
  properties: Properties;
  sources: ReadonlyMap<string, ApiSource>;
}) {
  const conflicts = conflictsOf(properties);
  if (conflicts.length === 0) return null;
  return (
    <section className="details-section conflicts" aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading" className="section-title">
        Sources disagree
      </h3>
      {conflicts.map(({ property, claims }) => (
        <div key={property} className="conflict" data-testid="conflict">
          <p className="conflict__property">{propertyLabel(property)}</p>
          <ul className="conflict__values">
            {claims.map((claim) => {
              const source = sources.get(claim.source);
              return (
                <li key={claim.source}>
                  <strong>{shown(claim.value)}</strong>{' '}
                  <span className="muted">
                    —{' '}
                    {source
                      ? `${source.publisher}, ${source.published ?? source.year}`
                      : claim.source}
                  </span>
                  {claim.quote && <q className="conflict__quote">{claim.quote}</q>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
