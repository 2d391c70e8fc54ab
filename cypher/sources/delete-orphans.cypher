// Deletes entities no source supports any more, unless a relationship another source supports
// still needs them as an end.
// Params: $ids (list of string). Returns one row: deleted (list of the ids deleted).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE size(coalesce(n.quotes, [])) = 0 AND NOT EXISTS { (n)--(:Entity) }
DETACH DELETE n
RETURN collect(id) AS deleted
