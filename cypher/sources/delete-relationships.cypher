// Deletes relationships no source supports any more.
// Params: $keys (list of {id, type, source, target}). Returns nothing.
UNWIND $keys AS key
MATCH (:Entity {id: key.source})-[r]->(:Entity {id: key.target})
WHERE type(r) = key.type AND r.id = key.id
DELETE r
