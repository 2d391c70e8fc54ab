// Answers: every entity's id, name and aliases, for matching a new source's names to the graph's.
// Params: none. Returns rows: id, name (string), aliases (list of string).
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
