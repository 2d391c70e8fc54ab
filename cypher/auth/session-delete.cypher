// Signs a session out, and sweeps expired sessions while at it.
// Params: $tokenHash. Returns nothing.
OPTIONAL MATCH (s:ExplorerSession {tokenHash: $tokenHash})
DETACH DELETE s
WITH count(*) AS ignored
MATCH (old:ExplorerSession)
WHERE old.expiresAt <= datetime()
DETACH DELETE old
