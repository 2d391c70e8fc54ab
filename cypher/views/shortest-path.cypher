// @title Shortest path between two entities
// @description Every shortest chain of relationships that links two entities, whatever the direction.
// @category Exploration
// @param from entity = zhu-jun | One end
// @param to entity = fei-fei-li | The other end
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[*..10]-(b))
RETURN path, length(path) AS hops
LIMIT $rowCap
