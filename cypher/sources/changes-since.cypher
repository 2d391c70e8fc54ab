// Answers: facts first known from a source dated on or after $since (ISO date), newest first.
// Params: $since (string), $limit (int). Returns rows: kind, id, name, knownSince, sources (list),
// corroboration (int).
CALL () {
  MATCH (n:Entity)
  WHERE n.knownSince >= $since
  RETURN 'entity' AS kind, n.id AS id, n.name AS name, n.knownSince AS knownSince,
    n.sources AS sources, n.corroboration AS corroboration
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.knownSince >= $since
  RETURN 'relationship' AS kind, r.id AS id, a.name + ' ' + type(r) + ' ' + b.name AS name,
    r.knownSince AS knownSince, r.sources AS sources, r.corroboration AS corroboration
}
RETURN kind, id, name, knownSince, sources, corroboration
ORDER BY knownSince DESC, kind, id
LIMIT $limit
