// Answers: which Neo4j is this? Used by GET /api/health.
// Params: none.
// Returns one row: version (string), edition (string).
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
