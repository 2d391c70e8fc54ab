// Answers (for npm run bench): every entity's id and name, to sample ids and search prefixes.
// Params: none. Returns rows: id, name, by id.
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name
ORDER BY n.id
