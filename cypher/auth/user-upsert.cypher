// Adds an explorer user, or changes an existing one's role and password hash.
// Params: $name (string), $role ('viewer' | 'editor' | 'admin'), $passwordHash (string).
// Returns one row: name, role, created (true when the user is new).
MERGE (u:ExplorerUser {name: $name})
ON CREATE SET u.createdAt = toString(datetime()), u.isNew = true
ON MATCH SET u.isNew = false
SET u.role = $role, u.passwordHash = $passwordHash, u.updatedAt = toString(datetime())
WITH u, u.isNew AS created
REMOVE u.isNew
RETURN u.name AS name, u.role AS role, created
