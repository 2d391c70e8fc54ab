// The bench's ingest floor (npm run bench): the node rows as they are, on a label with no
// constraint or index — the cheapest write there is.
// Params: $rows (list of flat property maps). Returns nothing.
UNWIND $rows AS row
CREATE (n:BenchRawEntity)
SET n = row
