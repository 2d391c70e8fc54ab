// Deletes what the bench's ingest floors wrote (npm run bench), in batches.
// Params: none. Returns nothing. Runs in an implicit transaction (CALL … IN TRANSACTIONS).
MATCH (n:BenchRawEntity)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
