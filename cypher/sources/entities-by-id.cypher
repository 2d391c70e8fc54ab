// Answers: the stored state of some entities, to add or withdraw a source's evidence.
// Params: $ids (list of string). Returns rows: id, labels (list), props (map); unknown ids are left out.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props
