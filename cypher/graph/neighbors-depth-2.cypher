// Answers: an entity and everything within 2 hop(s) of it, in either direction, with every
// relationship among them. (Variable-length bounds cannot be parameters, hence one file per depth.)
// Params: $id (string), $limit (int) — the most neighbours to return, the entity itself not counted.
// Returns zero rows when $id is unknown, else one row: nodes, edges, truncated (bool). Nearest
// neighbours come first, then by name, so a cap keeps the closest ones.
MATCH (start:Entity {id: $id})
OPTIONAL MATCH path = (start)-[*1..2]-(m:Entity)
WHERE m <> start
WITH start, m, min(length(path)) AS hops
ORDER BY hops, m.name
LIMIT $limit + 1
WITH start, collect(m) AS found
WITH [start] + found[0..$limit] AS kept, size(found) > $limit AS truncated
UNWIND kept AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b IN kept
WITH kept, truncated, collect(r) AS rels
RETURN
  [n IN kept | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}] AS nodes,
  [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges,
  truncated
