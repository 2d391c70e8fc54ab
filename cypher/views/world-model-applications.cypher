// @title Applications of world models
// @description What world models and related technologies are applied to or enable: robotics, autonomous driving, embodied AI…
// @category Technology
// @param limit integer = 1000 (1..5000) | The most rows to return
MATCH (technology:Technology)-[use:APPLIED_TO|ENABLES]->(application:Technology)
RETURN technology, use, application
LIMIT $limit
