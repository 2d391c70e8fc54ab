// Answers: the relationships among many hubs (entities with more than 200 relationships each), as
// graph/edges-among-hubs.cypher does for a few. Checking every ordered pair grows with the square
// of their number: the 2,000 most connected of a million entities hold 516 hubs, 266,000 pairs,
// 10 s. Here (0.2 s) each hub's outgoing relationships are walked once instead, keeping those that
// end at another of them (`IN` against a hash set): every relationship among them leaves one.
// Params: $ids (list of strings). Returns one row: edges (list of edge maps).
UNWIND $ids AS id
MATCH (hub:Entity {id: id})
WITH collect(hub) AS hubs
UNWIND hubs AS a
MATCH (a)-[r]->(b)
WHERE b IN hubs
RETURN collect({id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}) AS edges
