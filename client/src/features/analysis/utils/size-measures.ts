/** What node size can stand for. */
export const SIZE_MEASURES = [
  { id: 'none', label: 'None' },
  { id: 'degree', label: 'Degree' },
  { id: 'betweenness', label: 'Betweenness' },
  { id: 'pagerank', label: 'PageRank' },
  { id: 'corroboration', label: 'Sources backing it' },
] as const;

export type SizeMeasure = (typeof SIZE_MEASURES)[number]['id'];

/** Unset means degree (the stylesheet's own sizing): hubs have always stood out on this canvas. */
export const DEFAULT_SIZE_MEASURE: SizeMeasure = 'degree';

/** Node diameters, in model pixels, for the least and the most important node. */
export const NODE_SIZE = { min: 26, max: 62, uniform: 34 } as const;

/** The measure a `sizeBy` value names, or the default for anything unknown. */
export function sizeMeasureOf(sizeBy: string | undefined): SizeMeasure {
  return SIZE_MEASURES.find((measure) => measure.id === sizeBy)?.id ?? DEFAULT_SIZE_MEASURE;
}

/**
 * Largest graph, in entities, that measures beyond degree are computed on: betweenness grows
 * with nodes times edges, PageRank and communities with many passes over the edges, and they
 * run on the page's thread.
 */
export const MEASURED_GRAPH_MAX = 800;

/** Whether `measure` (or 'community' colouring) is offered on a graph of `nodes` entities. */
export function measureAllowed(measure: SizeMeasure | 'community', nodes: number): boolean {
  return (
    measure === 'none' ||
    measure === 'degree' ||
    measure === 'corroboration' ||
    nodes <= MEASURED_GRAPH_MAX
  );
}

/**
 * Node diameters by how many independent sources back each entity: one pass over the nodes, so
 * offered at any size. One source is the smallest size; the best-backed, the largest.
 */
export function corroborationSizes(
  nodes: Iterable<{ id: string; corroboration: number }>,
): Map<string, number> {
  const list = [...nodes];
  // A loop, not Math.max(...list): a spread of that many arguments overflows the stack.
  let most = 1;
  for (const node of list) most = Math.max(most, node.corroboration);
  return new Map(
    list.map(({ id, corroboration }) => [
      id,
      most > 1
        ? NODE_SIZE.min +
          ((Math.max(1, corroboration) - 1) / (most - 1)) * (NODE_SIZE.max - NODE_SIZE.min)
        : NODE_SIZE.uniform,
    ]),
  );
}
