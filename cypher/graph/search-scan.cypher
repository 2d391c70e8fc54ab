// Answers: entities whose name (or alias, or slug) contains $q, in any case, by reading every
// entity: the fallback for text the full-text index cannot narrow (search.cypher says when).
// Params: $q (string, non-empty), $limit (int).
// Returns up to $limit rows: node (node map), tier (int), best first — exact name, then prefix, then a word
// that starts with $q, then anywhere; shorter names first within each tier.
WITH toLower($q) AS needle
MATCH (n:Entity)
WITH n, needle, toLower(n.name) AS name
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
