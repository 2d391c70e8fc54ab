// Answers: the stored state of some relationships, found from their ends (indexed) and type.
// Params: $keys (list of {id, type, source, target}). Returns rows: id, props (map).
UNWIND $keys AS key
MATCH (:Entity {id: key.source})-[r]->(:Entity {id: key.target})
WHERE type(r) = key.type AND r.id = key.id
RETURN r.id AS id, properties(r) AS props
