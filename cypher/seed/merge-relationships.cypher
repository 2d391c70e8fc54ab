// Writes a batch of relationships between already-seeded entities, idempotently: MERGE on the
// stable id `<source>-<TYPE>-<target>`, then replace every property. Types are dynamic (5.26+).
// Params: $rows (list of {id, type, source, target, properties, quotes}), $sourceId (string).
// Returns nothing; the caller reads the write counters.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.properties
SET r.id = row.id, r.quotes = row.quotes, r.sourceId = $sourceId
