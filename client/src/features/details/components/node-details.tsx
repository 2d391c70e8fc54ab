import { useState } from 'react';
import type { ApiNode, ApiSource, NeighborsPayload } from '../../../lib/api-types.ts';
import { campOf } from '../../../lib/camps.ts';
import { connectionsOf, type GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { useIntentExpansion } from '../hooks/use-intent-expansion.ts';
import { nodePhrases } from '../../../lib/key-phrases.ts';
import { ConnectionList } from './connection-list.tsx';
import { ExpandOptions } from './expand-options.tsx';
import { CampBadge, KindBadge } from './kind-badge.tsx';
import { PropertyTable } from './property-table.tsx';
import { ConflictList } from './conflict-list.tsx';
import { QuoteList, quotesOf } from './quote-list.tsx';

/** What the panel can ask the page to do with an entity beyond showing it. */
export interface NodeActions {
  onOpen: (selection: Selection) => void;
  onExpand: (nodeId: string) => void;
  onCenter: (id: string) => void;
  /** Merges a neighbourhood into the canvas, newcomers placed around `anchorId`. */
  onMerge: (payload: NeighborsPayload, anchorId: string) => Promise<void>;
  onPathFrom: (id: string) => void;
  onPathTo: (id: string) => void;
  onJump: (quote: string) => void;
}

interface NodeDetailsProps extends NodeActions {
  node: ApiNode;
  graph: GraphModel;
  sources: ReadonlyMap<string, ApiSource>;
  expanding: boolean;
}

/** Everything about one entity: what it is, its properties, its quotes and its relationships. */
export function NodeDetails(props: NodeDetailsProps) {
  const { node, graph, sources, expanding, onOpen, onExpand, onCenter } = props;
  const [optionsOpen, setOptionsOpen] = useState(false);
  const expansion = useIntentExpansion(node.id, optionsOpen, props.onMerge);
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
            {expanding ? 'Expanding…' : 'Expand all'}
          </button>
          <button
            type="button"
            className={optionsOpen ? 'button button--pressed' : 'button'}
            data-testid="expand-options-toggle"
            aria-expanded={optionsOpen}
            title="Expand by relationship type, direction and number"
            onClick={() => setOptionsOpen((open) => !open)}
          >
            Expand…
          </button>
          <button
            type="button"
            className="button"
            title="Centre the graph on this entity"
            onClick={() => onCenter(node.id)}
          >
            Centre
          </button>
        </div>
        {optionsOpen && <ExpandOptions expansion={expansion} graph={graph} />}
        <div className="details-actions details-actions--quiet">
          <span className="details-actions__label">Path</span>
          <button
            type="button"
            className="button button--small"
            data-testid="path-from-here"
            title="Find paths starting at this entity"
            onClick={() => props.onPathFrom(node.id)}
          >
            From here…
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid="path-to-here"
            title="Find paths ending at this entity"
            onClick={() => props.onPathTo(node.id)}
          >
            To here…
          </button>
        </div>
      </header>
      <PropertyTable properties={node.properties} />
      <ConflictList properties={node.properties} sources={sources} />
      <QuoteList
        properties={node.properties}
        sources={sources}
        phrases={nodePhrases(node, quotesOf(node.properties.quotes))}
        onJump={props.onJump}
      />
      <ConnectionList connections={connectionsOf(graph, node.id)} onOpen={onOpen} />
    </>
  );
}
