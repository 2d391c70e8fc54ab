// Answers: every view a user saved (built-in views live in cypher/views/ instead).
// Params: none. Returns rows: view (map of the SavedView's properties), by category then title.
MATCH (v:SavedView)
RETURN properties(v) AS view
ORDER BY v.category, v.title
