// Answers: how many entities does the database hold? Start-up seeds only when this is 0.
// Params: none. Returns one row: count (int).
MATCH (n:Entity)
RETURN count(n) AS count
