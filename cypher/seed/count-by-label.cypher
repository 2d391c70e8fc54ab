// Answers: how many entities of each kind? Printed in the seeding summary.
// Params: none. Returns rows: label (string), count (int), by label.
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY label
