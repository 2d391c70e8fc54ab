// Answers: one source with its text and the facts it supports, or no row.
// Params: $id (string). Returns rows: source (map), text (string), entityIds (list of string),
// relationshipKeys (list of "TYPE|source|target").
MATCH (s:Source {id: $id})
RETURN
  s {.id, .title, .publisher, .site, .year, .published, .url, .date} AS source,
  s.text AS text,
  coalesce(s.entityIds, []) AS entityIds,
  coalesce(s.relationshipKeys, []) AS relationshipKeys
