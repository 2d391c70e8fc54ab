// Saves a new user view. The uniqueness constraint on SavedView.id refuses a duplicate id.
// Params: $view ({id, title, description, category, cypher, params (JSON text)}).
// Returns one row: view (map).
CREATE (v:SavedView)
SET v = $view, v.createdAt = toString(datetime()), v.updatedAt = toString(datetime())
RETURN properties(v) AS view
