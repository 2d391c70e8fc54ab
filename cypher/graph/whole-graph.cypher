// Answers: the ecosystem (or one group of it: entities of kind $kind in camp $camp), the $limit
// most connected entities of it, with every relationship among them.
// An entity's kind is Investor when it has that label, else its first label beside Entity — the
// rule the client's legend uses and overview.cypher groups by.
// Params: $limit (int, 1..max), $kind (string or null: any kind), $camp (string or null: any),
//         $byId (bool: the first by slug instead of the most connected, for a stable slice).
// Returns the answer in parts, one row each: nodes, edges (up to 250 node and 250 edge maps,
// nodes most connected first), hubs (ids, first part only). How many match in all is
// graph/group-count.cypher's. The first $limit are kept as they stream past (Top), never the
// whole match: collecting a million entities to keep 2,000 took 2–4 s and all that memory.
// One huge row would be a single Bolt message, and the JavaScript driver decodes every
// string of a message spread over many chunks by walking all of them: parts made 20,000
// entities 5x faster to read.
// Edges among the kept entities are found from their less connected ends only: walking a hub's
// thousands of relationships to find the few that stay would dominate the query. Edges between
// two hubs (more than 200 relationships each) come from graph/edges-among-hubs.cypher, for the
// `hubs` this answers.
CALL () {
  MATCH (n:Entity)
  WHERE ($camp IS NULL OR n.camp = $camp)
    AND ($kind IS NULL
      OR $kind = CASE WHEN n:Investor THEN 'Investor' ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END)
  WITH n, COUNT { (n)--() } AS degree
  ORDER BY CASE WHEN $byId THEN 0 ELSE -degree END, n.id
  LIMIT $limit
  RETURN collect(n) AS kept
}
CALL (kept) {
  UNWIND kept AS a
  WITH a, kept
  WHERE COUNT { (a)--() } <= 200
  MATCH (a)-[r]-(b:Entity)
  WHERE b IN kept
  RETURN collect(DISTINCT r) AS rels
}
UNWIND range(0, (CASE WHEN size(kept) > size(rels) THEN size(kept) ELSE size(rels) END - 1) / 250) AS part
WITH kept, rels, part * 250 AS from,
     CASE WHEN part = 0 THEN [n IN kept WHERE COUNT { (n)--() } > 200 | n.id] ELSE [] END AS hubs
RETURN
  [n IN kept[from..from + 250] | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}] AS nodes,
  [r IN rels[from..from + 250] | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges,
  hubs
