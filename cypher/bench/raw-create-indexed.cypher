// The bench's indexed ingest floor (npm run bench): as raw-create-bare.cypher, but also :Entity,
// so the app's unique constraint, range and full-text indexes are kept up to date.
// Params: $rows (list of flat property maps, ids not clashing with the app's). Returns nothing.
UNWIND $rows AS row
CREATE (n:Entity:BenchRawEntity)
SET n = row
