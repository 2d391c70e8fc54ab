// Writes a source: its metadata, its text and the facts it supports (for retraction and its
// sentences). The first ingest's time is kept.
// Params: $source (map of metadata and date), $text, $entityIds, $relationshipKeys.
MERGE (s:Source {id: $source.id})
SET s += $source
SET s.text = $text, s.entityIds = $entityIds, s.relationshipKeys = $relationshipKeys,
    s.addedAt = coalesce(s.addedAt, toString(datetime.truncate('second', datetime())))
