// Answers: does the graph hold facts of a source that has no :Source node yet? True for a
// database seeded before sources were tracked; start-up then reads that source in again.
// Params: $id (string). Returns one row: legacy (bool).
OPTIONAL MATCH (s:Source {id: $id})
RETURN s IS NULL AND EXISTS { MATCH (:Entity {sourceId: $id}) } AS legacy
