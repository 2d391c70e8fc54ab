// Records one write: who, when, what and from where.
// Params: $entry ({user, role, method, path, status, address, action}).
// Returns nothing.
CREATE (a:AuditEntry)
SET a = $entry, a.at = datetime()
