// Answers: the names of Neo4j's built-in functions, so the query sandbox can tell a plugin's
// function (e.g. apoc.*) from Neo4j's own.
// Params: none. Returns one row per function: name (string).
SHOW FUNCTIONS YIELD name, isBuiltIn
WHERE isBuiltIn
RETURN name
