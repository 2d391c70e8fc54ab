// @title Entities that bridge both camps
// @description Entities in both camps, or linked to the LLM camp and the world-model camp at once, with the links that make them bridges.
// @category Landscape
MATCH (n:Entity)
OPTIONAL MATCH (n)-[toLlm]-(:Entity {camp: 'llm'})
OPTIONAL MATCH (n)-[toWorldModel]-(:Entity {camp: 'world-model'})
WITH n, collect(DISTINCT toLlm) AS llmLinks, collect(DISTINCT toWorldModel) AS worldModelLinks
WHERE n.camp = 'both' OR (size(llmLinks) > 0 AND size(worldModelLinks) > 0)
RETURN n AS bridge, n.camp AS camp, llmLinks, worldModelLinks
ORDER BY n.name
