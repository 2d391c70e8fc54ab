// Answers: one explorer user with the hash its sign-in is checked against.
// Params: $name (string). Returns zero or one row: name, role, passwordHash.
MATCH (u:ExplorerUser {name: $name})
RETURN u.name AS name, u.role AS role, u.passwordHash AS passwordHash
