// Answers: how many entities the ecosystem holds, or one group of it (entities of kind $kind in
// camp $camp), as graph/whole-graph.cypher selects them, drawn or not.
// Params: $kind (string or null: any kind), $camp (string or null: any).
// Returns one row: total (int). With neither, Neo4j answers from its count store without reading
// an entity (a millisecond at a million); a group is counted by reading its kind and camp.
CALL () {
  WITH 1 AS whole
  WHERE $camp IS NULL AND $kind IS NULL
  CALL () {
    MATCH (n:Entity)
    RETURN count(n) AS total
  }
  RETURN total
  UNION ALL
  WITH 1 AS group
  WHERE $camp IS NOT NULL OR $kind IS NOT NULL
  MATCH (n:Entity)
  WHERE ($camp IS NULL OR n.camp = $camp)
    AND ($kind IS NULL
      OR $kind = CASE WHEN n:Investor THEN 'Investor' ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END)
  WITH count(n) AS total
  // Counting no rows still gives one row (0): it belongs to the other branch's case.
  WHERE $camp IS NOT NULL OR $kind IS NOT NULL
  RETURN total
}
RETURN total
