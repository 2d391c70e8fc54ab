// Writes a batch of relationships between already-seeded entities, idempotently: MERGE on the
// stable id `<source>-<TYPE>-<target>`, then replace every property. Types are dynamic (5.26+).
// Params: columns of one batch (server/seed/columns.ts): $ids, $types, $sources, $targets,
// $props (maps), $quoteSets + $quoteOf, $sourceId. Returns nothing; the caller reads counters.
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Entity {id: $sources[i]})
MATCH (b:Entity {id: $targets[i]})
MERGE (a)-[r:$($types[i]) {id: $ids[i]}]->(b)
SET r = $props[i]
SET r.id = $ids[i], r.quotes = $quoteSets[$quoteOf[i]], r.sourceId = $sourceId
