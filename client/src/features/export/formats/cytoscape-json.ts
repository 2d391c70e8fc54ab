import type { ExportGraph } from './export-graph.ts';

/** Where a node is drawn, in model coordinates; undefined for a node not drawn. */
export type PositionLookup = (id: string) => { x: number; y: number } | undefined;

/**
 * Cytoscape.js JSON (`cy.json()`'s `elements` shape) that `cytoscape({ elements })` or
 * Cytoscape Desktop reads back: every API property in `data`, the caption as `label`, the kinds
 * as `labels`, and the positions drawn on the canvas when `position` knows them.
 */
export function toCytoscapeJson(graph: ExportGraph, position: PositionLookup = () => undefined) {
  return {
    format_version: '1.0',
    generated_by: 'Ecosystem Explorer',
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: { ...node.properties, id: node.id, label: node.caption, labels: node.labels },
        ...(position(node.id) ? { position: position(node.id) } : {}),
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          ...edge.properties,
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
        },
      })),
    },
  };
}
