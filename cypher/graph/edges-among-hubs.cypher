// Answers: the relationships between entities that each have more than 200 relationships, which
// the graph queries leave out (they find edges from the less connected end). Each ordered pair
// is checked from the side with fewer relationships that way: an investor's 13,000 outgoing
// links are never walked to find the one that ends at another hub. (An expand-into between two
// hubs measured 60–180 ms; this, 3 ms.) Pairs grow with the square of the hubs: for many,
// graph/edges-from-hubs.cypher (the service chooses).
// Params: $ids (list of strings). Returns one row: edges (list of edge maps).
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})
UNWIND $ids AS toId
WITH a, toId
WHERE toId <> a.id
MATCH (b:Entity {id: toId})
WITH a, b, COUNT { (a)-->() } AS aOut, COUNT { (b)<--() } AS bIn
CALL (a, b, aOut, bIn) {
  WITH a, b
  WHERE aOut <= bIn
  MATCH (a)-[r]->(x)
  WHERE elementId(x) = elementId(b) // a filter, not an expand-into
  RETURN r
  UNION
  WITH a, b
  WHERE aOut > bIn
  MATCH (b)<-[r]-(x)
  WHERE elementId(x) = elementId(a)
  RETURN r
}
RETURN collect({id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}) AS edges
