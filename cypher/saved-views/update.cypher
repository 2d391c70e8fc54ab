// Replaces what a user view says, keeping its id and creation time.
// Params: $id (string), $view ({title, description, category, cypher, params (JSON text)}).
// Returns zero rows when there is no such view, else one row: view (map).
MATCH (v:SavedView {id: $id})
SET v += $view, v.updatedAt = toString(datetime())
RETURN properties(v) AS view
