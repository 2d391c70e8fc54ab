// Deletes a user view.
// Params: $id (string). Returns one row: deleted (0 or 1).
OPTIONAL MATCH (v:SavedView {id: $id})
DETACH DELETE v
RETURN count(v) AS deleted
