import type { GraphModel } from '../graph-model.ts';

/**
 * The graph without what expanding `id` brought in: its neighbours that were not in the base
 * content, are not expanded themselves and touch no other expanded entity, with their
 * relationships. Everything else on screen, and `id` itself, stays. Returns the same model when
 * nothing goes.
 */
export function collapseExpansion(
  graph: GraphModel,
  baseIds: ReadonlySet<string>,
  expanded: readonly string[],
  id: string,
): GraphModel {
  const otherExpanded = new Set(expanded.filter((other) => other !== id));
  const neighbors = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbors.has(a)) neighbors.set(a, new Set());
    neighbors.get(a)!.add(b);
  };
  for (const edge of graph.edges.values()) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const gone = new Set<string>();
  for (const neighbor of neighbors.get(id) ?? []) {
    if (neighbor === id || baseIds.has(neighbor) || otherExpanded.has(neighbor)) continue;
    const needed = [...(neighbors.get(neighbor) ?? [])].some((other) => otherExpanded.has(other));
    if (!needed) gone.add(neighbor);
  }
  if (gone.size === 0) return graph;
  const nodes = new Map([...graph.nodes].filter(([nodeId]) => !gone.has(nodeId)));
  const edges = new Map(
    [...graph.edges].filter(([, edge]) => !gone.has(edge.source) && !gone.has(edge.target)),
  );
  return { nodes, edges };
}
