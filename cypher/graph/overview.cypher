// Answers: the whole database summarised for a graph too large to draw: entities grouped by kind
// and camp, and how many relationships run between each pair of groups. An entity's kind is
// Investor when it has that label, else its first label beside Entity, as in whole-graph.cypher.
// Params: none. Returns one row: groups (list of {kind, camp, count}), links (list of
// {sourceKind, sourceCamp, targetKind, targetCamp, count}), relationships (int).
CALL () {
  MATCH (n:Entity)
  WITH CASE WHEN n:Investor THEN 'Investor' ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END AS kind,
       n.camp AS camp, count(*) AS count
  ORDER BY count DESC, kind, camp
  RETURN collect({kind: kind, camp: camp, count: count}) AS groups
}
CALL () {
  MATCH (a:Entity)-[]->(b:Entity)
  WITH CASE WHEN a:Investor THEN 'Investor' ELSE [l IN labels(a) WHERE l <> 'Entity'][0] END AS sourceKind,
       a.camp AS sourceCamp,
       CASE WHEN b:Investor THEN 'Investor' ELSE [l IN labels(b) WHERE l <> 'Entity'][0] END AS targetKind,
       b.camp AS targetCamp,
       count(*) AS count
  ORDER BY count DESC
  RETURN collect({sourceKind: sourceKind, sourceCamp: sourceCamp, targetKind: targetKind,
                  targetCamp: targetCamp, count: count}) AS links, sum(count) AS relationships
}
RETURN groups, links, relationships
