// Answers: the whole ecosystem, up to $limit entities, with every relationship among them.
// Params: $limit (int, 1..max) — the most entities to return.
// Returns one row: nodes (list of node maps), edges (list of edge maps), truncated (bool).
MATCH (n:Entity)
WITH n
ORDER BY n.id
LIMIT $limit + 1
WITH collect(n) AS found
WITH found[0..$limit] AS kept, size(found) > $limit AS truncated
UNWIND kept AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b IN kept
WITH kept, truncated, collect(r) AS rels
RETURN
  [n IN kept | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}] AS nodes,
  [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges,
  truncated
