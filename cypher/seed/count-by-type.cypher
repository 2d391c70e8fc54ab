// Answers: how many relationships of each type between entities? Printed in the seeding summary.
// Params: none. Returns rows: type (string), count (int), by type.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
