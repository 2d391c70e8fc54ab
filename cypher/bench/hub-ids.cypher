// Answers (for npm run bench): the $hubs best-connected entities, which the load mixes in.
// Params: $hubs (number). Returns rows: id, best connected first.
MATCH (n:Entity)
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, n.id
LIMIT toInteger($hubs)
