/**
 * When a graph counts as large, and how large graphs are drawn. Below the threshold the canvas
 * behaves exactly as it always has (forces on the page, glides, nudges); above it, layouts run
 * in a worker, a scene layer draws the whole graph and Cytoscape holds only the window in view.
 */

/**
 * Graphs with more nodes than this are large. The small-graph path (forces with camps kept apart,
 * then nudging labels apart, all on the page's thread) grows faster than quadratically: a few
 * hundred well-connected entities already take seconds there.
 */
export const LARGE_GRAPH_NODES = 250;

/** Whether a graph of `nodes` nodes gets the large-graph treatment. */
export function isLargeGraph(nodes: number): boolean {
  return nodes > LARGE_GRAPH_NODES;
}

/** Which way a canvas draws: today's way, or the one built for thousands of elements. */
export type CanvasScale = 'small' | 'large';

/** The scale for a graph of `nodes` nodes. */
export function canvasScaleFor(nodes: number): CanvasScale {
  return isLargeGraph(nodes) ? 'large' : 'small';
}

/** Node diameter in large graphs, by degree, as the stylesheet maps it (mapData, clamped). */
export const LARGE_NODE_SIZE = { minDegree: 1, maxDegree: 40, min: 14, max: 40 } as const;

/** The diameter a node of `degree` is drawn at in a large graph, in model pixels. */
export function largeNodeSize(degree: number): number {
  const { minDegree, maxDegree, min, max } = LARGE_NODE_SIZE;
  const t = Math.min(1, Math.max(0, (degree - minDegree) / (maxDegree - minDegree)));
  return min + t * (max - min);
}

/** Average distance between neighbouring node centres that layouts aim for, in model pixels. */
export const LARGE_NODE_SPACING = 44;

/**
 * The spacing for a graph of `count` nodes: the full LARGE_NODE_SPACING from a few thousand on,
 * more air for smaller ones, whose names show at the zoom that frames them.
 */
export function spacingFor(count: number): number {
  return Math.round(Math.min(80, Math.max(LARGE_NODE_SPACING, 44 * Math.sqrt(3000 / count))));
}

/**
 * The first placement's spacing, as a share of the layouts': they settle tighter than their link
 * length, and starting near their density keeps the picture from jumping when they land.
 */
export const PLACEMENT_SHARE = 0.73;

/** Zoom floor for large graphs: 20,000 nodes must fit on screen. */
export const LARGE_MIN_ZOOM = 0.01;
