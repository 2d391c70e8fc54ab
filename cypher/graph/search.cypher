// Answers: entities whose name (or alias, or slug) contains $q, in any case, narrowed through the
// full-text index `entity_search` first, so only candidates are read, not every entity.
// Params: $q (string, non-empty), $lucene (string: the index query built from $q by
// server/services/search-terms.ts; its matches must include every entity that contains $q),
// $candidates (int: the most index matches to rank, best scored first; a short text can match
// a quarter of a million entities, and ranking them all took 400 ms), $limit (int).
// Returns up to $limit rows: node (node map), tier (int), best first — exact name (0), then
// prefix (1), then a word that starts with $q (2), then anywhere (3); shorter names first
// within each tier.
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n
WITH n, toLower($q) AS needle, toLower(n.name) AS name
WHERE name CONTAINS needle
   OR toLower(n.id) CONTAINS needle
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS needle)
WITH n, name,
  CASE
    WHEN name = needle THEN 0
    WHEN name STARTS WITH needle THEN 1
    WHEN name CONTAINS ' ' + needle THEN 2
    WHEN name CONTAINS needle THEN 3
    ELSE 4
  END AS tier
RETURN {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)} AS node, tier
ORDER BY tier, size(name), name, n.id
LIMIT $limit
