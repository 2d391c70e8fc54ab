import { adjacency, type SimpleGraph } from './simple-graph.ts';

/** Number of distinct neighbours of each node. */
export function degreeCentrality(graph: SimpleGraph): Map<string, number> {
  return new Map([...adjacency(graph)].map(([id, neighbors]) => [id, neighbors.length]));
}

/**
 * Betweenness centrality (Brandes' algorithm, undirected, unweighted): for each node, the number
 * of shortest paths between other pairs that pass through it, each pair counted once.
 */
export function betweennessCentrality(graph: SimpleGraph): Map<string, number> {
  const neighbors = adjacency(graph);
  const score = new Map(graph.nodes.map((id) => [id, 0]));
  for (const source of graph.nodes) {
    const stack: string[] = [];
    const predecessors = new Map<string, string[]>(graph.nodes.map((id) => [id, []]));
    const paths = new Map(graph.nodes.map((id) => [id, 0]));
    const distance = new Map(graph.nodes.map((id) => [id, -1]));
    paths.set(source, 1);
    distance.set(source, 0);
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of neighbors.get(v)!) {
        if (distance.get(w)! < 0) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
        if (distance.get(w) === distance.get(v)! + 1) {
          paths.set(w, paths.get(w)! + paths.get(v)!);
          predecessors.get(w)!.push(v);
        }
      }
    }
    const dependency = new Map(graph.nodes.map((id) => [id, 0]));
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors.get(w)!) {
        dependency.set(
          v,
          dependency.get(v)! + (paths.get(v)! / paths.get(w)!) * (1 + dependency.get(w)!),
        );
      }
      if (w !== source) score.set(w, score.get(w)! + dependency.get(w)!);
    }
  }
  // Each unordered pair was counted from both of its ends.
  return new Map([...score].map(([id, value]) => [id, value / 2]));
}

/**
 * PageRank on the undirected graph (each link both ways), damping 0.85, iterated until the
 * scores move less than 1e-9; a node without links spreads its rank evenly.
 */
export function pageRank(graph: SimpleGraph, damping = 0.85): Map<string, number> {
  const neighbors = adjacency(graph);
  const n = graph.nodes.length;
  if (n === 0) return new Map();
  let rank = new Map(graph.nodes.map((id) => [id, 1 / n]));
  for (let iteration = 0; iteration < 200; iteration++) {
    const dangling = graph.nodes
      .filter((id) => neighbors.get(id)!.length === 0)
      .reduce((sum, id) => sum + rank.get(id)!, 0);
    const next = new Map(
      graph.nodes.map((id) => [id, (1 - damping) / n + (damping * dangling) / n]),
    );
    for (const id of graph.nodes) {
      const out = neighbors.get(id)!;
      for (const other of out)
        next.set(other, next.get(other)! + (damping * rank.get(id)!) / out.length);
    }
    const change = graph.nodes.reduce(
      (sum, id) => sum + Math.abs(next.get(id)! - rank.get(id)!),
      0,
    );
    rank = next;
    if (change < 1e-9) break;
  }
  return rank;
}
