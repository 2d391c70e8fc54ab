// Answers: the relationships between entities that each have more than 200 relationships, which
// the graph queries leave out (they find edges from the less connected end). Each check is an
// expand-into between two known entities, cheap even for hubs.
// Params: $ids (list of strings). Returns one row: edges (list of edge maps).
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})
UNWIND $ids AS toId
WITH a, toId
WHERE toId <> a.id
MATCH (b:Entity {id: toId})
MATCH (a)-[r]->(b)
RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
