// Writes relationships with their whole new state (computed in server/sources/).
// Params: $rows (list of {id, type, source, target, props (map)}). Returns nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
