import type { Connection } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { EntityLink } from '../../../shared/entity-link.tsx';

interface ConnectionListProps {
  connections: Connection[];
  onOpen: (selection: Selection) => void;
}

/** The node's relationships on the canvas, each a link to the relationship and to the other end. */
export function ConnectionList({ connections, onOpen }: ConnectionListProps) {
  return (
    <section className="details-section" aria-labelledby="connections-heading">
      <h3 id="connections-heading" className="section-title">
        Connections <span className="count">{connections.length}</span>
      </h3>
      {connections.length === 0 ? (
        <p className="muted">No relationships on the canvas. Try “Expand all”.</p>
      ) : (
        <ul className="side-list">
          {connections.map(({ edge, direction, other }) => (
            <li key={edge.id} className="side-list__row">
              <button
                type="button"
                className="relationship-link"
                title={direction === 'out' ? 'Outgoing relationship' : 'Incoming relationship'}
                onClick={() => onOpen({ type: 'edge', id: edge.id })}
              >
                <span aria-hidden="true">{direction === 'out' ? '→' : '←'}</span> {edge.type}
              </button>
              <EntityLink node={other} onOpen={(id) => onOpen({ type: 'node', id })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
