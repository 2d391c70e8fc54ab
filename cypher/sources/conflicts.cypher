// Answers: every fact on which sources give a property different values, with their claims.
// Params: $limit (int). Returns rows: kind ('entity'|'relationship'), id, name, disputed (list),
// claims (JSON text).
CALL () {
  MATCH (n:Entity)
  WHERE n.disputed IS NOT NULL
  RETURN 'entity' AS kind, n.id AS id, n.name AS name, n.disputed AS disputed, n.claims AS claims
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.disputed IS NOT NULL
  RETURN 'relationship' AS kind, r.id AS id, a.name + ' ' + type(r) + ' ' + b.name AS name,
    r.disputed AS disputed, r.claims AS claims
}
RETURN kind, id, name, disputed, claims
ORDER BY kind, id
LIMIT $limit
