import type { ApiNode, ApiSource } from '../../../lib/api-types.ts';
import { campOf } from '../../../lib/camps.ts';
import { connectionsOf, type GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { namesOf } from '../utils/entity-names.ts';
import { ConnectionList } from './connection-list.tsx';
import { CampBadge, KindBadge } from './kind-badge.tsx';
import { PropertyTable } from './property-table.tsx';
import { QuoteList } from './quote-list.tsx';

interface NodeDetailsProps {
  node: ApiNode;
  graph: GraphModel;
  sources: ReadonlyMap<string, ApiSource>;
  expanding: boolean;
  onOpen: (selection: Selection) => void;
  onExpand: (nodeId: string) => void;
  onCentre: (id: string) => void;
}

/** Everything about one entity: what it is, its properties, its quotes and its relationships. */
export function NodeDetails(props: NodeDetailsProps) {
  const { node, graph, sources, expanding, onOpen, onExpand, onCentre } = props;
  const description = node.properties.description;
  return (
    <>
      <header className="details-header">
        <div className="badges">
          {node.labels.map((label) => (
            <KindBadge key={label} label={label} />
          ))}
          <CampBadge camp={campOf(node.properties.camp)} />
        </div>
        <h2 className="details-title" data-testid="details-title">
          {node.caption}
        </h2>
        {typeof description === 'string' && <p className="details-lead">{description}</p>}
        <div className="details-actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="expand-button"
            disabled={expanding}
            onClick={() => onExpand(node.id)}
          >
            {expanding ? 'Expanding…' : 'Expand neighbours'}
          </button>
          <button
            type="button"
            className="button"
            title="Centre the graph on this entity"
            onClick={() => onCentre(node.id)}
          >
            Centre
          </button>
        </div>
      </header>
      <PropertyTable properties={node.properties} />
      <QuoteList
        quotes={node.properties.quotes}
        sourceId={node.properties.sourceId}
        sources={sources}
        terms={namesOf(node)}
      />
      <ConnectionList connections={connectionsOf(graph, node.id)} onOpen={onOpen} />
    </>
  );
}
