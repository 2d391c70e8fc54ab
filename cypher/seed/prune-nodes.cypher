// Removes entities that an earlier seed of this source wrote but the seed files no longer hold.
// Params: $sourceId (string), $ids (list of string) — the slugs to keep.
MATCH (n:Entity {sourceId: $sourceId})
WHERE NOT n.id IN $ids
DETACH DELETE n
