// Answers: the shortest path between two entities and the next shortest alternatives, in either
// direction, never through the same entity twice. (SHORTEST takes only a literal count, so ten
// candidates are found, repeated-entity ones dropped, and $k kept.)
// Params: $from, $to (strings), $k (int, 1..5).
// Returns up to $k rows, shortest first: nodes (list of node maps, in path order), edges (list of
// edge maps, in path order), hops (int).
MATCH path = SHORTEST 10 (a:Entity {id: $from})-[]-{1,8}(b:Entity {id: $to})
WITH path
WHERE size(nodes(path)) = size(reduce(seen = [], n IN nodes(path) | CASE WHEN n IN seen THEN seen ELSE seen + n END))
WITH path
ORDER BY length(path)
LIMIT $k
RETURN
  [n IN nodes(path) | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}] AS nodes,
  [r IN relationships(path) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges,
  length(path) AS hops
