// Answers: the newest audit entries first.
// Params: $limit (integer). Returns: at, user, role, method, path, status, address, action.
MATCH (a:AuditEntry)
RETURN toString(a.at) AS at, a.user AS user, a.role AS role, a.method AS method,
       a.path AS path, a.status AS status, a.address AS address, a.action AS action
ORDER BY a.at DESC
LIMIT $limit
