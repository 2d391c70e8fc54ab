// Answers: an entity and everything within 1 hop(s) of it, in either direction, with every
// relationship among them.
// Params: $id (string), $limit (int) — the most neighbors to return, the entity itself not counted,
// $sortedUpTo (int) — the most relationships an entity may have for its neighbors to be sorted.
// Returns zero rows when $id is unknown, else one row: nodes, edges, hubs (ids), truncated (bool). Nearest
// neighbors come first, then by name, so a cap keeps the closest ones (past $sortedUpTo
// relationships, the first stored).
// Ordered and capped in the database; the edges among the kept entities are found by expanding
// each kept entity's outgoing relationships (Neo4j checks `IN kept` against a hash set).
// Edges among the kept entities are found from their less connected ends only: walking a hub's
// thousands of relationships to find the few that stay would dominate the query. Edges between
// two hubs (more than 200 relationships each) come from graph/edges-among-hubs.cypher, for the
// `hubs` this answers.
MATCH (start:Entity {id: $id})
CALL (start) {
  CALL (start) {
    WITH start
    WHERE COUNT { (start)--() } <= $sortedUpTo
    MATCH (start)--(m:Entity)
    WHERE m <> start
    WITH DISTINCT m
    ORDER BY m.name
    LIMIT $limit + 1
    RETURN m
    UNION ALL
    // A hub past $sortedUpTo relationships keeps its first neighbors as stored, read lazily:
    // sorting 270,000 names by hand took 350 ms for an answer that shows $limit of them anyway.
    WITH start
    WHERE COUNT { (start)--() } > $sortedUpTo
    MATCH (start)--(m:Entity)
    WHERE m <> start
    WITH DISTINCT m
    LIMIT $limit + 1
    RETURN m
  }
  RETURN collect(m) AS ring1
}
WITH start, ring1 AS found
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
