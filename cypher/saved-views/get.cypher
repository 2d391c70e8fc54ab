// Answers: one saved view by id.
// Params: $id (string). Returns zero or one row: view (map).
MATCH (v:SavedView {id: $id})
RETURN properties(v) AS view
