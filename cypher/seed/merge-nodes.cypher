// Writes a batch of entities, idempotently: MERGE on the slug, then replace every property so a
// re-seed leaves exactly what the seed files say. Labels are set dynamically (Neo4j 5.26+).
// Params: $rows (list of {id, labels, name, camp, properties, quotes}), $sourceId (string).
// Returns nothing; the caller reads the write counters.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties
SET n.id = row.id, n.name = row.name, n.camp = row.camp, n.quotes = row.quotes, n.sourceId = $sourceId
SET n:$(row.labels)
