// Answers: what the overview depends on that Neo4j can tell without reading the graph: how many
// entities there are and how many relationships leave them. Both come from Neo4j's count store
// (the plan shows NodeCountFromCountStore and RelationshipCountFromCountStore), in about a
// millisecond at any size.
// Params: none. Returns one row: entities (int), relationships (int).
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS entities
}
CALL () {
  MATCH (:Entity)-[r]->()
  RETURN count(r) AS relationships
}
RETURN entities, relationships
