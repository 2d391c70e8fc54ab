// @title Applications of world models
// @description What world models and related technologies are applied to or enable: robotics, autonomous driving, embodied AI…
// @category Technology
MATCH (technology:Technology)-[use:APPLIED_TO|ENABLES]->(application:Technology)
RETURN technology, use, application
LIMIT $rowCap
