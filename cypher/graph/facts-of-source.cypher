// Answers: every entity and relationship one source backs, with the quotes it gives for each,
// so each sentence of the source can list the facts it supports. The source node lists its
// facts, so they are found by their indexed ids, not by a scan.
// Params: $sourceId (string). Returns one row: nodes, edges (lists of {id, quotes}); no row for
// an unknown source.
MATCH (s:Source {id: $sourceId})
CALL (s) {
  UNWIND coalesce(s.entityIds, []) AS id
  MATCH (n:Entity {id: id})
  RETURN collect({
    id: n.id,
    quotes: [i IN range(0, size(n.quotes) - 1) WHERE coalesce(n.quoteSources[i], n.sourceId) = s.id | n.quotes[i]]
  }) AS nodes
}
CALL (s) {
  UNWIND coalesce(s.relationshipKeys, []) AS key
  WITH s, split(key, '|') AS part
  MATCH (:Entity {id: part[1]})-[r]->(:Entity {id: part[2]})
  WHERE type(r) = part[0]
  RETURN collect({
    id: r.id,
    quotes: [i IN range(0, size(r.quotes) - 1) WHERE coalesce(r.quoteSources[i], r.sourceId) = s.id | r.quotes[i]]
  }) AS edges
}
RETURN nodes, edges, s.text AS text
