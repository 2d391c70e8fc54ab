import type { GraphModel } from '../../lib/graph-model.ts';
import { csvZip } from './formats/csv.ts';
import { toCytoscapeJson, type PositionLookup } from './formats/cytoscape-json.ts';
import type { ExportGraph } from './formats/export-graph.ts';
import { toGraphml } from './formats/graphml.ts';

export type DataFormat = 'json' | 'cytoscape-json' | 'csv' | 'graphml';

/** What the file says about itself: the view it came from and when. */
export interface DataContext {
  title: string;
  params: [string, string][];
  date: string;
}

/** The nodes and edges drawn on the canvas now (`drawn`; hidden ones left out), in the API's shape. */
export function visibleGraph(
  model: GraphModel,
  drawn: { nodes: readonly string[]; edges: readonly string[] },
): ExportGraph {
  const nodes = new Set(drawn.nodes);
  const edges = new Set(drawn.edges);
  return {
    nodes: [...model.nodes.values()].filter((node) => nodes.has(node.id)),
    edges: [...model.edges.values()].filter((edge) => edges.has(edge.id)),
  };
}

/** One data export as a file body with its MIME type and extension. */
export function exportData(
  graph: ExportGraph,
  format: DataFormat,
  context: DataContext,
  position?: PositionLookup,
): { blob: Blob; extension: string } {
  switch (format) {
    case 'json': {
      const body = { ...context, params: Object.fromEntries(context.params), ...graph };
      return {
        blob: new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }),
        extension: 'json',
      };
    }
    case 'cytoscape-json':
      return {
        blob: new Blob([JSON.stringify(toCytoscapeJson(graph, position), null, 2)], {
          type: 'application/json',
        }),
        extension: 'cyjs',
      };
    case 'csv':
      return {
        blob: new Blob([csvZip(graph) as BlobPart], { type: 'application/zip' }),
        extension: 'csv.zip',
      };
    case 'graphml':
      return {
        blob: new Blob([toGraphml(graph, context.title)], { type: 'application/graphml+xml' }),
        extension: 'graphml',
      };
  }
}
