// Deletes up to $batch entities of one source (with their relationships), for re-generating a
// large synthetic graph without one huge transaction. Call until it answers 0.
// Params: $sourceId (string), $batch (int). Returns one row: deleted (int).
MATCH (n:Entity {sourceId: $sourceId})
WITH n
LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
