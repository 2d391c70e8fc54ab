import type { ApiEdge, ApiNode, GraphPayload } from './api-types.ts';

/** The entities and relationships on the canvas, keyed by their API ids. Never mutated. */
export interface GraphModel {
  nodes: ReadonlyMap<string, ApiNode>;
  edges: ReadonlyMap<string, ApiEdge>;
}

/** What a merge added, so the canvas can place and lay out only the new part. */
export interface GraphMerge {
  model: GraphModel;
  addedNodeIds: string[];
  addedEdgeIds: string[];
}

export const EMPTY_GRAPH: GraphModel = { nodes: new Map(), edges: new Map() };

/** A model holding exactly the payload's nodes, and those of its edges whose ends are present. */
export function graphFromPayload(payload: Pick<GraphPayload, 'nodes' | 'edges'>): GraphModel {
  return mergeGraph(EMPTY_GRAPH, payload).model;
}

/**
 * Adds the payload's nodes and edges whose ids are not in the model yet; known ids keep their
 * current value, so a merge never duplicates or reorders. Edges whose ends are missing are left
 * out: Cytoscape refuses an edge to nowhere.
 */
export function mergeGraph(
  model: GraphModel,
  payload: Pick<GraphPayload, 'nodes' | 'edges'>,
): GraphMerge {
  const nodes = new Map(model.nodes);
  const edges = new Map(model.edges);
  const addedNodeIds: string[] = [];
  const addedEdgeIds: string[] = [];
  for (const node of payload.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    addedNodeIds.push(node.id);
  }
  for (const edge of payload.edges) {
    if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    edges.set(edge.id, edge);
    addedEdgeIds.push(edge.id);
  }
  if (addedNodeIds.length === 0 && addedEdgeIds.length === 0) {
    return { model, addedNodeIds, addedEdgeIds };
  }
  return { model: { nodes, edges }, addedNodeIds, addedEdgeIds };
}

/** A relationship seen from one of its ends. */
export interface Connection {
  edge: ApiEdge;
  /** `out` when the node is the source. */
  direction: 'out' | 'in';
  other: ApiNode;
}

/** The node's relationships in the model, outgoing first, then by type and other end's name. */
export function connectionsOf(model: GraphModel, nodeId: string): Connection[] {
  const connections: Connection[] = [];
  for (const edge of model.edges.values()) {
    const direction = edge.source === nodeId ? 'out' : edge.target === nodeId ? 'in' : null;
    if (!direction) continue;
    const other = model.nodes.get(direction === 'out' ? edge.target : edge.source);
    if (other) connections.push({ edge, direction, other });
  }
  return connections.sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
      a.edge.type.localeCompare(b.edge.type) ||
      a.other.caption.localeCompare(b.other.caption),
  );
}
