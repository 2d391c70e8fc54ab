// Bulk twin of merge-relationships.cypher for a source whose facts were just deleted: CREATE,
// because MERGE re-reads every relationship of both ends, which on a hub with thousands of
// links makes a large write quadratic.
// Params: as merge-relationships.cypher. Returns nothing; the caller reads the write counters.
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Entity {id: $sources[i]})
MATCH (b:Entity {id: $targets[i]})
CREATE (a)-[r:$($types[i])]->(b)
SET r += $props[i]
SET r.id = $ids[i], r.quotes = $quoteSets[$quoteOf[i]], r.sourceId = $sourceId
