// Answers: every entity and relationship drawn from one source, with the quotes it rests on, so
// each sentence of the source can list the facts it supports.
// Params: $sourceId (string). Returns one row: nodes, edges (lists of {id, quotes}).
CALL () {
  MATCH (n:Entity {sourceId: $sourceId})
  RETURN collect({id: n.id, quotes: coalesce(n.quotes, [])}) AS nodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.sourceId = $sourceId
  RETURN collect({id: r.id, quotes: coalesce(r.quotes, [])}) AS edges
}
RETURN nodes, edges
