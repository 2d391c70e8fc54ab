import type { Core } from 'cytoscape';
import type { ExportGraph } from './export-graph.ts';

/**
 * Cytoscape.js JSON (`cy.json()`'s `elements` shape) that `cytoscape({ elements })` or
 * Cytoscape Desktop reads back: every API property in `data`, the caption as `label`, the kinds
 * as `labels`, and the positions drawn on the canvas when one is given.
 */
export function toCytoscapeJson(graph: ExportGraph, cy?: Core) {
  const position = (id: string) => {
    const node = cy?.getElementById(id);
    return node && node.nonempty() ? { ...node.position() } : undefined;
  };
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
