import type { ApiEdge, ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { edgePhrases } from '../../../lib/key-phrases.ts';
import { EntityLink } from '../../../shared/entity-link.tsx';
import { PropertyTable } from './property-table.tsx';
import { ConflictList } from './conflict-list.tsx';
import { QuoteList, quotesOf } from './quote-list.tsx';

interface EdgeDetailsProps {
  edge: ApiEdge;
  graph: GraphModel;
  sources: ReadonlyMap<string, ApiSource>;
  onOpen: (selection: Selection) => void;
  onJump: (quote: string) => void;
}

/** One relationship: "source —TYPE→ target" with both ends clickable, its properties and quotes. */
export function EdgeDetails({ edge, graph, sources, onOpen, onJump }: EdgeDetailsProps) {
  const source = graph.nodes.get(edge.source);
  const target = graph.nodes.get(edge.target);
  const openNode = (id: string) => onOpen({ type: 'node', id });
  return (
    <>
      <header className="details-header">
        <div className="badges">
          <span className="badge badge--relationship">Relationship</span>
        </div>
        <h2 className="details-title details-title--edge" data-testid="details-title">
          {source ? <EntityLink node={source} onOpen={openNode} /> : edge.source}
          <span className="relationship-arrow">
            <span aria-hidden="true">—</span>
            {edge.type}
            <span aria-hidden="true">→</span>
          </span>
          {target ? <EntityLink node={target} onOpen={openNode} /> : edge.target}
        </h2>
      </header>
      <PropertyTable properties={edge.properties} />
      <ConflictList properties={edge.properties} sources={sources} />
      <QuoteList
        properties={edge.properties}
        sources={sources}
        phrases={edgePhrases(edge, [source, target], quotesOf(edge.properties.quotes))}
        onJump={onJump}
      />
    </>
  );
}
