// @title Everything near an entity
// @description An entity and everything within a few hops of it, with the relationships among them.
// @category Exploration
// @param entity entity = shengshu | Where to start
// @param depth integer = 2 (1..3) | How many hops to follow
// Ring by ring, each capped, nearest first (every path up to 3 hops would be billions at a hub).
MATCH (start:Entity {id: $entity})
CALL (start) {
  OPTIONAL MATCH (start)--(m:Entity)
  WHERE m <> start
  WITH DISTINCT m
  ORDER BY m.name
  LIMIT $rowCap
  RETURN collect(m) AS ring1
}
CALL (start, ring1) {
  WITH start, ring1
  WHERE $depth >= 2 AND size(ring1) < $rowCap
  UNWIND ring1 AS near
  MATCH (near)--(m:Entity)
  WHERE m <> start AND NOT m IN ring1
  WITH DISTINCT m
  ORDER BY m.name
  LIMIT $rowCap
  RETURN collect(m) AS ring2
}
CALL (start, ring1, ring2) {
  WITH start, ring2, ring1 + ring2 AS seen
  WHERE $depth >= 3 AND size(seen) < $rowCap
  UNWIND ring2 AS near
  MATCH (near)--(m:Entity)
  WHERE m <> start AND NOT m IN seen
  WITH DISTINCT m
  ORDER BY m.name
  LIMIT $rowCap
  RETURN collect(m) AS ring3
}
WITH ([start] + ring1 + ring2 + ring3)[0..$rowCap] AS nearby
UNWIND nearby AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b IN nearby
RETURN a AS entity, collect(r) AS relationships
