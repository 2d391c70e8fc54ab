// Answers: which indexes exist? Used to check the schema is untouched.
// Params: none. Returns rows: name, type, labels (list), properties (list), by name.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties
RETURN name, type, labelsOrTypes AS labels, properties
ORDER BY name
