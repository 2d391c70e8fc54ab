// Answers: a fingerprint of everything in the database (nodes, relationships, their labels, types
// and properties), so tests can prove a refused query changed nothing (schema-indexes and
// schema-constraints cover the schema).
// Params: none. Returns one row: nodes, relationships (ints), nodeData, relData (lists).
CALL () {
  MATCH (n)
  WITH n ORDER BY elementId(n)
  RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS nodeData
}
CALL () {
  MATCH ()-[r]->()
  WITH r ORDER BY elementId(r)
  RETURN count(r) AS relationships, collect([type(r), properties(r)]) AS relData
}
RETURN nodes, relationships, nodeData, relData
