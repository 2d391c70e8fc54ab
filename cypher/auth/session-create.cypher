// Opens a session; only the SHA-256 of its token is stored, so a database reader cannot sign in.
// Params: $tokenHash, $user (name), $address, $ttlSeconds (integer).
// Returns one row: expiresAt (string).
CREATE (s:ExplorerSession {tokenHash: $tokenHash, user: $user, address: $address})
SET s.createdAt = datetime(), s.expiresAt = datetime() + duration({seconds: $ttlSeconds})
RETURN toString(s.expiresAt) AS expiresAt
