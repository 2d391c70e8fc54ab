import type { Core } from 'cytoscape';
import type { GraphModel } from '../../lib/graph-model.ts';
import type { LargeScene } from '../graph/large/large-scene.ts';
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

/**
 * The nodes and edges drawn on the canvas now (hidden ones left out), in the API's shape. A
 * large graph's `scene` says what the filters show without asking each element for its style.
 */
export function visibleGraph(
  model: GraphModel,
  cy: Core,
  scene: LargeScene | null = null,
): ExportGraph {
  if (scene) {
    const { arrays } = scene;
    const shownEdges = new Set(arrays.edgeIds.filter((_id, e) => scene.edgeShown[e] === 1));
    return {
      nodes: [...model.nodes.values()].filter((node) => {
        const i = arrays.index.get(node.id);
        return i !== undefined && scene.nodeShown[i] === 1;
      }),
      edges: [...model.edges.values()].filter((edge) => shownEdges.has(edge.id)),
    };
  }
  const shown = (id: string) => {
    const element = cy.getElementById(id);
    return element.nonempty() && element.visible();
  };
  return {
    nodes: [...model.nodes.values()].filter((node) => shown(node.id)),
    edges: [...model.edges.values()].filter((edge) => shown(edge.id)),
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
