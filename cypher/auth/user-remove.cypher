// Removes a user and every session they hold.
// Params: $name (string). Returns zero or one row: name.
MATCH (u:ExplorerUser {name: $name})
OPTIONAL MATCH (s:ExplorerSession {user: u.name})
DETACH DELETE s
WITH DISTINCT u, u.name AS name
DETACH DELETE u
RETURN name
