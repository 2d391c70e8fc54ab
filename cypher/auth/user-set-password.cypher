// Changes a user's password hash and signs them out everywhere.
// Params: $name (string), $passwordHash (string). Returns zero or one row: name.
MATCH (u:ExplorerUser {name: $name})
SET u.passwordHash = $passwordHash, u.updatedAt = toString(datetime())
WITH u
OPTIONAL MATCH (s:ExplorerSession {user: u.name})
DETACH DELETE s
RETURN DISTINCT u.name AS name
