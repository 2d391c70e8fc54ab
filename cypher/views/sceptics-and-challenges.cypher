// @title Sceptics and challenges
// @description Who doubts the world-model bet and why, and the technical challenges the article names.
// @category Debate
CALL () {
  MATCH path = (sceptic:Person)-[:SKEPTICAL_OF]->(:Entity)
  RETURN path
  UNION
  MATCH path = (sceptic:Person)-[:WORKS_AT]->(:Entity)
  WHERE (sceptic)-[:SKEPTICAL_OF]->()
  RETURN path
  UNION
  MATCH path = (:Entity)-[:FACES]->(:Challenge)
  RETURN path
}
RETURN path
LIMIT $rowCap
