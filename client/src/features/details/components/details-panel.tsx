import './details.css';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { EdgeDetails } from './edge-details.tsx';
import { NodeDetails, type NodeActions } from './node-details.tsx';

interface DetailsPanelProps extends NodeActions {
  selection: Selection;
  graph: GraphModel;
  sources: ReadonlyMap<string, ApiSource>;
  expandingId: string | null;
  onClose: () => void;
}

/** The side panel docked right of the canvas, showing the selected node or edge. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { selection, graph, sources, expandingId, onClose, ...actions } = props;
  const node = selection.type === 'node' ? graph.nodes.get(selection.id) : undefined;
  const edge = selection.type === 'edge' ? graph.edges.get(selection.id) : undefined;
  if (!node && !edge) return null;
  return (
    <aside className="details-panel" data-testid="details-panel" aria-label="Details">
      <button
        type="button"
        className="icon-button details-panel__close"
        aria-label="Close details"
        title="Close (Esc)"
        onClick={onClose}
      >
        ×
      </button>
      {node && (
        <NodeDetails
          key={node.id}
          node={node}
          graph={graph}
          sources={sources}
          expanding={expandingId === node.id}
          {...actions}
        />
      )}
      {edge && (
        <EdgeDetails
          key={edge.id}
          edge={edge}
          graph={graph}
          sources={sources}
          onOpen={actions.onOpen}
          onJump={actions.onJump}
        />
      )}
    </aside>
  );
}
