import type { SimpleGraph } from './simple-graph.ts';

/** Weighted undirected graph over 0..n-1: neighbour → weight per node (self-loops allowed). */
type Weighted = Map<number, number>[];

/**
 * One Louvain pass: move each node to the neighbouring community that most increases
 * modularity, until no move helps. Returns each node's community (not renumbered).
 */
function localMoving(graph: Weighted): number[] {
  const n = graph.length;
  const degree = graph.map((links, i) => {
    let sum = 0;
    for (const [j, w] of links) sum += i === j ? 2 * w : w;
    return sum;
  });
  const twiceTotal = degree.reduce((a, b) => a + b, 0);
  const community = [...Array(n).keys()];
  const total = [...degree];
  if (twiceTotal === 0) return community;
  let moved = true;
  for (let round = 0; moved && round < 100; round++) {
    moved = false;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      total[own]! -= degree[i]!;
      const towards = new Map<number, number>();
      for (const [j, w] of graph[i]!) {
        if (j !== i) towards.set(community[j]!, (towards.get(community[j]!) ?? 0) + w);
      }
      const gain = (c: number) => (towards.get(c) ?? 0) - (total[c]! * degree[i]!) / twiceTotal;
      let best = own;
      let bestGain = gain(own);
      for (const c of [...towards.keys()].sort((a, b) => a - b)) {
        if (gain(c) > bestGain + 1e-12) {
          best = c;
          bestGain = gain(c);
        }
      }
      community[i] = best;
      total[best]! += degree[i]!;
      if (best !== own) moved = true;
    }
  }
  return community;
}

/**
 * Communities by the Louvain method (modularity, undirected, unweighted input): local moving,
 * then each community becomes one node, repeated while it helps. Nodes are visited in id order,
 * so the same graph always gives the same answer. Communities are numbered 0, 1, … largest first.
 */
export function detectCommunities(graph: SimpleGraph): Map<string, number> {
  const ids = [...graph.nodes].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  let weighted: Weighted = ids.map(() => new Map());
  for (const [a, b] of graph.links) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    weighted[i]!.set(j, (weighted[i]!.get(j) ?? 0) + 1);
    weighted[j]!.set(i, (weighted[j]!.get(i) ?? 0) + 1);
  }
  // membership[original node] = its node in the current (aggregated) graph.
  let membership = ids.map((_, i) => i);
  for (let level = 0; level < 20; level++) {
    const community = localMoving(weighted);
    const renumber = new Map<number, number>();
    for (const c of community) if (!renumber.has(c)) renumber.set(c, renumber.size);
    if (renumber.size === weighted.length) break;
    membership = membership.map((node) => renumber.get(community[node]!)!);
    const next: Weighted = [...Array(renumber.size)].map(() => new Map());
    weighted.forEach((links, i) => {
      const ci = renumber.get(community[i]!)!;
      for (const [j, w] of links) {
        const cj = renumber.get(community[j]!)!;
        // Each undirected link is seen from both ends; a link inside a community becomes a
        // self-loop counted once.
        if (ci === cj && i !== j) next[ci]!.set(ci, (next[ci]!.get(ci) ?? 0) + w / 2);
        else if (ci === cj) next[ci]!.set(ci, (next[ci]!.get(ci) ?? 0) + w);
        else next[ci]!.set(cj, (next[ci]!.get(cj) ?? 0) + w);
      }
    });
    weighted = next;
  }
  const sizes = new Map<number, number>();
  for (const c of membership) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const firstMember = new Map<number, number>();
  membership.forEach((c, i) => firstMember.has(c) || firstMember.set(c, i));
  const ranked = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || firstMember.get(a)! - firstMember.get(b)!,
  );
  const rank = new Map(ranked.map((c, position) => [c, position]));
  return new Map(ids.map((id, i) => [id, rank.get(membership[i]!)!]));
}
