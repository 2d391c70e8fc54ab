// Answers: every explorer user, by name, without password hashes.
// Params: none. Returns: name, role, createdAt, sessions (open, unexpired sessions).
MATCH (u:ExplorerUser)
OPTIONAL MATCH (s:ExplorerSession {user: u.name})
WHERE s.expiresAt > datetime()
RETURN u.name AS name, u.role AS role, u.createdAt AS createdAt, count(s) AS sessions
ORDER BY name
