import type { GraphModel } from '../../../lib/graph-model.ts';
import { betweennessCentrality, degreeCentrality, pageRank } from './centrality.ts';
import type { SimpleGraph } from './simple-graph.ts';
import { NODE_SIZE, type SizeMeasure } from './size-measures.ts';
import type { VisibleSet } from './visibility.ts';

/** The visible part of the graph, as the measures read it. */
export function visibleSimpleGraph(graph: GraphModel, visible: VisibleSet): SimpleGraph {
  const links: [string, string][] = [];
  for (const id of visible.edges) {
    const edge = graph.edges.get(id);
    if (edge) links.push([edge.source, edge.target]);
  }
  return { nodes: [...visible.nodes].sort(), links };
}

function scores(graph: SimpleGraph, measure: SizeMeasure): Map<string, number> {
  switch (measure) {
    case 'degree':
      return degreeCentrality(graph);
    case 'betweenness':
      // A square root keeps the middle ranks apart: betweenness piles up on one or two bridges.
      return new Map(
        [...betweennessCentrality(graph)].map(([id, value]) => [id, Math.sqrt(value)]),
      );
    case 'pagerank':
      return pageRank(graph);
    // Corroboration is read from the facts themselves (size-measures.ts), not the structure.
    case 'none':
    case 'corroboration':
      return new Map(graph.nodes.map((id) => [id, 0]));
  }
}

/**
 * A diameter per visible node, from the measure computed on the visible graph only: linear
 * between NODE_SIZE.min and .max from the lowest to the highest score; all uniform for `none`
 * or when every score is the same.
 */
export function nodeSizes(graph: SimpleGraph, measure: SizeMeasure): Map<string, number> {
  const values = scores(graph, measure);
  // A loop, not Math.min(...values): a spread of that many arguments overflows the stack.
  let low = Infinity;
  let high = -Infinity;
  for (const value of values.values()) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return new Map(
    [...values].map(([id, value]) => [
      id,
      high > low
        ? NODE_SIZE.min + ((value - low) / (high - low)) * (NODE_SIZE.max - NODE_SIZE.min)
        : NODE_SIZE.uniform,
    ]),
  );
}
