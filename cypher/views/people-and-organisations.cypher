// @title People and their organisations
// @description Who founded, leads, left or works for which organisation.
// @category People
// @param limit integer = 1000 (1..5000) | The most rows to return
MATCH (person:Person)-[role:FOUNDED|LEADS|LEFT|WORKS_AT]->(organisation:Entity)
RETURN person, role, organisation
ORDER BY person.name
LIMIT $limit
