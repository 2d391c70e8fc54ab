import type cytoscape from 'cytoscape';
import type { ApiEdge, ApiNode, Camp } from '../../../lib/api-types.ts';
import { campOf } from '../../../lib/camps.ts';
import { kindOf } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';

/** What a node element carries; the stylesheet and the camp layout read these keys. */
export interface NodeData {
  id: string;
  /** Drawn under the node. */
  label: string;
  camp: Camp;
  /** Relationships on the canvas; the stylesheet sizes nodes by it. */
  degree: number;
}

/** What an edge element carries. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  /** The Neo4j relationship type, e.g. `PARTICIPATED_IN`. */
  type: string;
  /** The type as words, drawn along highlighted edges. */
  label: string;
}

/**
 * The class naming a node's kind: `kind-funding-round` for FundingRound, `kind-other` when no
 * label is known. Nodes with Company and Investor get `kind-investor` (see kindOf).
 */
export function kindClass(labels: readonly string[]): string {
  const kind = kindOf(labels);
  if (!kind) return 'kind-other';
  return `kind-${kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
}

/** `PARTICIPATED_IN` → `participated in`. */
export function relationshipWords(type: string): string {
  return type.replace(/_/g, ' ').toLowerCase();
}

/** One API node as a Cytoscape node definition. */
export function toNodeElement(node: ApiNode, degree = 0): cytoscape.NodeDefinition {
  const camp = campOf(node.properties.camp);
  const data: NodeData = { id: node.id, label: node.caption, camp, degree };
  return { group: 'nodes', data, classes: [kindClass(node.labels), `camp-${camp}`] };
}

/** One API edge as a Cytoscape edge definition. */
export function toEdgeElement(edge: ApiEdge): cytoscape.EdgeDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: relationshipWords(edge.type),
  };
  return { group: 'edges', data };
}

/** The whole model as Cytoscape elements: nodes first (edges need their ends), then edges. */
export function toElements(model: GraphModel): cytoscape.ElementDefinition[] {
  const degrees = new Map<string, number>();
  for (const edge of model.edges.values()) {
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return [
    ...[...model.nodes.values()].map((node) => toNodeElement(node, degrees.get(node.id) ?? 0)),
    ...[...model.edges.values()].map(toEdgeElement),
  ];
}
