// Answers: every source with how many facts it supports, oldest first.
// Params: none. Returns rows: source (map), entities (int), relationships (int).
MATCH (s:Source)
RETURN
  s {.id, .title, .publisher, .site, .year, .published, .url, .date, .addedAt} AS source,
  size(coalesce(s.entityIds, [])) AS entities,
  size(coalesce(s.relationshipKeys, [])) AS relationships
ORDER BY s.date, s.id
