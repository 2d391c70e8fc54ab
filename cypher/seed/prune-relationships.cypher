// Removes relationships that an earlier seed of this source wrote but the seed files no longer hold.
// Params: $sourceId (string), $ids (list of string) — the relationship ids to keep.
MATCH (:Entity {sourceId: $sourceId})-[r]->(:Entity)
WHERE r.sourceId = $sourceId AND NOT r.id IN $ids
DELETE r
