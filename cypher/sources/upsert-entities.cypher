// Writes entities with their whole new state (computed in server/sources/), adding labels.
// Params: $rows (list of {id, labels (list), props (map)}). Returns nothing.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.labels)
