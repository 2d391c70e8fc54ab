import type { Properties } from '../../../lib/api-types.ts';
import { propertyRows } from '../utils/property-rows.ts';

/** The readable properties of a node or edge; nothing when it has none. */
export function PropertyTable({ properties }: { properties: Properties }) {
  const rows = propertyRows(properties);
  if (rows.length === 0) return null;
  return (
    <dl className="property-table">
      {rows.map((row) => (
        <div key={row.key} className="property-table__row">
          <dt>{row.label}</dt>
          <dd>
            {Array.isArray(row.value) ? (
              <ul className="property-table__list">
                {row.value.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            ) : (
              row.value
            )}
            {row.note && <span className="property-table__note">{row.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
