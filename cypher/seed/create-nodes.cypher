// Bulk twin of merge-nodes.cypher for a source whose facts were just deleted: every slug is new,
// so CREATE skips MERGE's lookup and `+=` avoids the Eager that replacing all properties plans.
// The unique constraint on :Entity(id) still refuses a slug another source already uses.
// Params: as merge-nodes.cypher. Returns nothing; the caller reads the write counters.
UNWIND range(0, size($ids) - 1) AS i
CREATE (n:Entity {id: $ids[i]})
SET n += $props[i]
SET n.name = $names[i], n.camp = $camps[i], n.quotes = $quoteSets[$quoteOf[i]],
    n.sourceId = $sourceId
SET n:$($labelSets[$labelsOf[i]])
