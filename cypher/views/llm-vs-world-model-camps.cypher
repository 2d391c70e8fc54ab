// @title The LLM camp vs the world-model camp
// @description Everything the article places in either camp (or both), and how the two sides connect.
// @category Landscape
MATCH (n:Entity)
WHERE n.camp IN ['llm', 'world-model', 'both']
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE m.camp IN ['llm', 'world-model', 'both']
RETURN n, r, m
LIMIT $rowCap
