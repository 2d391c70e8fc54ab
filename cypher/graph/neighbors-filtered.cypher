// Answers: an entity's direct neighbors through the chosen relationship types and direction,
// most significant first: amounts with a dollar figure (largest first), then other amounts
// (largest first, in their own currency: the article gives no rates), then the latest year, then
// the most connected, then by name, so a cap keeps what matters. (DESC puts nulls first in
// Cypher, hence the IS NULL keys.)
// Params: $id (string), $types (list of strings; empty for every type),
//         $direction ('out', 'in' or 'both'), $limit (int) — most neighbors to return.
// Returns zero rows when $id is unknown, else one row: nodes, edges, truncated (bool),
// total (int: how many neighbors match, shown or not).
MATCH (start:Entity {id: $id})
OPTIONAL MATCH (start)-[r]-(m:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($direction = 'both'
    OR ($direction = 'out' AND startNode(r) = start)
    OR ($direction = 'in' AND endNode(r) = start))
WITH start, m, collect(r) AS links
WITH start, m, links, COUNT { (m)--() } AS degree
ORDER BY m.amountUsd IS NULL, m.amountUsd DESC, m.amount IS NULL, m.amount DESC,
         coalesce(m.year, 0) DESC, degree DESC, m.name
WITH start, collect(CASE WHEN m IS NULL THEN null ELSE {node: m, links: links} END) AS found
WITH start, found[0..$limit] AS kept, size(found) AS total
WITH [start] + [item IN kept | item.node] AS nodes,
     reduce(all = [], item IN kept | all + item.links) AS edges,
     total > size(kept) AS truncated, total
RETURN
  [n IN nodes | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}] AS nodes,
  [r IN edges | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges,
  truncated,
  total
