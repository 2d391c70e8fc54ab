// Answers: the nodes with these element ids. Fetches the ends of relationships a query returned
// without their nodes, so every edge can be drawn.
// Params: $ids (list of string). Returns rows: n (node).
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n
