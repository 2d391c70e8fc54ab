// Answers: an entity and everything within 2 hop(s) of it, in either direction, with every
// relationship among them.
// Params: $id (string), $limit (int) — the most neighbors to return, the entity itself not counted.
// Returns zero rows when $id is unknown, else one row: nodes, edges, hubs (ids), truncated (bool). Nearest
// neighbors come first, then by name, so a cap keeps the closest ones.
// Breadth first, one ring per hop, each ordered and capped in the database: a ring is only
// expanded while the rings before it hold no more than $limit, so a hub's thousands of
// neighbors are never walked twice. (Variable-length paths would enumerate every path.)
// Edges among the kept entities are found from their less connected ends only: walking a hub's
// thousands of relationships to find the few that stay would dominate the query. Edges between
// two hubs (more than 200 relationships each) come from graph/edges-among-hubs.cypher, for the
// `hubs` this answers.
MATCH (start:Entity {id: $id})
CALL (start) {
  OPTIONAL MATCH (start)--(m:Entity)
  WHERE m <> start
  WITH DISTINCT m
  ORDER BY m.name
  LIMIT $limit + 1
  RETURN collect(m) AS ring1
}
CALL (start, ring1) {
  WITH start, ring1
  WHERE size(ring1) <= $limit
  UNWIND ring1 AS near
  MATCH (near)--(m:Entity)
  WHERE m <> start AND NOT m IN ring1
  WITH DISTINCT m
  ORDER BY m.name
  LIMIT $limit + 1
  RETURN collect(m) AS ring2
}
WITH start, ring1 + ring2 AS found
WITH [start] + found[0..$limit] AS kept, size(found) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  WITH a, kept
  WHERE COUNT { (a)--() } <= 200
  MATCH (a)-[r]-(b:Entity)
  WHERE b IN kept
  RETURN collect(DISTINCT r) AS rels
}
RETURN
  [n IN kept | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}] AS nodes,
  [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges,
  [n IN kept WHERE COUNT { (n)--() } > 200 | n.id] AS hubs,
  truncated
