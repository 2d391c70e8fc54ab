// Answers: how many nodes of any kind does the database hold (entities, sources, users, saved
// views)? The offline import fills only a database where this is 0.
// Params: none. Returns one row: count (int).
MATCH (n)
RETURN count(n) AS count
