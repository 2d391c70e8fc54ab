// Answers: one entity by its stable slug.
// Params: $id (string).
// Returns zero or one row: node (node map).
MATCH (n:Entity {id: $id})
RETURN {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)} AS node
