// @title Entities in one camp
// @description Everything in the chosen camp and the relationships among them.
// @category Landscape
// @param camp choice = world-model (llm, world-model, both, neutral) | The camp to show
MATCH (n:Entity {camp: $camp})
OPTIONAL MATCH (n)-[r]->(m:Entity {camp: $camp})
RETURN n, r, m
LIMIT $rowCap
