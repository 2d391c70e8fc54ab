// Answers: which constraints does the database enforce? Used to check the schema was applied.
// Params: none. Returns rows: name, type, labels (list), properties (list).
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
RETURN name, type, labelsOrTypes AS labels, properties
