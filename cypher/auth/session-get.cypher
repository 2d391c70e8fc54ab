// Answers: the user behind an unexpired session token, with their current role.
// Params: $tokenHash. Returns zero or one row: name, role.
MATCH (s:ExplorerSession {tokenHash: $tokenHash})
WHERE s.expiresAt > datetime()
MATCH (u:ExplorerUser {name: s.user})
RETURN u.name AS name, u.role AS role
