// @title People and their organisations
// @description Who founded, leads, left or works for which organisation.
// @category People
MATCH (person:Person)-[role:FOUNDED|LEADS|LEFT|WORKS_AT]->(organisation:Entity)
RETURN person, role, organisation
ORDER BY person.name
LIMIT $rowCap
