import dagre from '@dagrejs/dagre';
import type { Point } from '../../../lib/point.ts';

export { HIERARCHY_RANKS, hierarchyRank } from './hierarchy-ranks.ts';

/** A node as the hierarchy sees it. */
export interface LayeredNode {
  id: string;
  rank: number;
  /** Footprint in model pixels, label included. */
  width: number;
  height: number;
}

/** Spacing of the hierarchy, in model pixels. */
const SPACING = {
  /** Between neighbours in one layer. */
  node: 16,
  /** Between layers. */
  rank: 110,
  /** How far every other node of a crowded layer drops, so labels can overlap in x. */
  stagger: 44,
} as const;

/** Layers with more nodes than this are staggered: two rows, alternating. */
const CROWDED = 7;

/** Share of its label-wide footprint a node keeps in a staggered layer. */
const STAGGER_WIDTH = 0.6;

/**
 * Positions in fixed layers, one per rank, top to bottom; within a layer dagre orders the nodes
 * to cross as few relationships as it can. Each relationship is read from the higher layer to the
 * lower whatever its direction (a company RAISED a round above it); relationships inside one
 * layer do not shape it. Crowded layers are staggered in two rows so that their labels fit.
 */
export function hierarchyPositions(
  nodes: readonly LayeredNode[],
  edges: readonly { source: string; target: string }[],
): Map<string, Point> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', ranker: 'none', nodesep: SPACING.node, ranksep: SPACING.rank });
  graph.setDefaultEdgeLabel(() => ({}));
  const rank = new Map(nodes.map((node) => [node.id, node.rank]));
  const layerSize = new Map<number, number>();
  for (const node of nodes) layerSize.set(node.rank, (layerSize.get(node.rank) ?? 0) + 1);
  const crowded = (layer: number) => (layerSize.get(layer) ?? 0) > CROWDED;
  // dagre doubles every edge's length to make room for edge labels; its ranks must be even.
  for (const node of nodes) {
    const width = crowded(node.rank) ? node.width * STAGGER_WIDTH : node.width;
    graph.setNode(node.id, { width, height: node.height, rank: 2 * node.rank });
  }
  edges.forEach((edge, index) => {
    const a = rank.get(edge.source);
    const b = rank.get(edge.target);
    if (a === undefined || b === undefined || a === b) return;
    const [upper, lower] = a < b ? [edge.source, edge.target] : [edge.target, edge.source];
    graph.setEdge(upper, lower, {}, String(index));
  });
  dagre.layout(graph);
  const positions = new Map<string, Point>(
    nodes.map((node) => {
      const { x, y } = graph.node(node.id);
      return [node.id, { x, y }];
    }),
  );
  for (const layer of layerSize.keys()) {
    if (!crowded(layer)) continue;
    nodes
      .filter((node) => node.rank === layer)
      .map((node) => positions.get(node.id)!)
      .sort((a, b) => a.x - b.x)
      .forEach((point, index) => {
        if (index % 2 === 1) point.y += SPACING.stagger;
      });
  }
  return positions;
}
