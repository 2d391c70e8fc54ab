// @title Everything near an entity
// @description An entity and everything within a few hops of it, with the relationships among them.
// @category Exploration
// @param entity entity = shengshu | Where to start
// @param depth integer = 2 (1..3) | How many hops to follow
MATCH (start:Entity {id: $entity})
OPTIONAL MATCH path = (start)-[*1..3]-(other:Entity)
WHERE length(path) <= $depth
WITH start, collect(DISTINCT other) AS others
WITH [start] + others AS nearby
UNWIND nearby AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b IN nearby
RETURN a AS entity, collect(r) AS relationships
