// Answers: the date every source speaks for, to date the facts it supports.
// Params: none. Returns rows: id, date (ISO string).
MATCH (s:Source)
RETURN s.id AS id, s.date AS date
