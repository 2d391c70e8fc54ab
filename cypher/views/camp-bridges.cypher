// @title Entities that bridge both camps
// @description Entities in both camps, or linked to the LLM camp and the world-model camp at once, with the links that make them bridges.
// @category Landscape
// Each side's links are collected on their own (two OPTIONAL MATCHes would pair every LLM link
// with every world-model link: billions of rows at a hub), 25 at most per side.
MATCH (n:Entity)
WITH n,
     COLLECT { MATCH (n)-[r]-(:Entity {camp: 'llm'}) RETURN r LIMIT 25 } AS llmLinks,
     COLLECT { MATCH (n)-[r]-(:Entity {camp: 'world-model'}) RETURN r LIMIT 25 } AS worldModelLinks
WHERE n.camp = 'both' OR (size(llmLinks) > 0 AND size(worldModelLinks) > 0)
RETURN n AS bridge, n.camp AS camp, llmLinks, worldModelLinks
ORDER BY n.name
LIMIT $rowCap
