// Answers: the labels and relationship types the graph uses, which a new source may use without
// declaring them.
// Params: none. Returns one row: labels, types (lists of string).
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
RETURN labels, collect(relationshipType) AS types
