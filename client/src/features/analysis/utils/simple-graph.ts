/** A graph reduced to what the measures need: node ids and undirected links between them. */
export interface SimpleGraph {
  nodes: string[];
  /** Each link once, as [source, target]; direction is ignored by the measures. */
  links: [string, string][];
}

/** Neighbour lists (no self-loops, no duplicates), in node order for deterministic results. */
export function adjacency(graph: SimpleGraph): Map<string, string[]> {
  const sets = new Map(graph.nodes.map((id) => [id, new Set<string>()]));
  for (const [a, b] of graph.links) {
    if (a === b || !sets.has(a) || !sets.has(b)) continue;
    sets.get(a)!.add(b);
    sets.get(b)!.add(a);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set].sort()]));
}
