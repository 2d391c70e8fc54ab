// @title Dated facts
// @description Funding rounds and other facts the article dates, with how precise each date is (the article often gives only "early 2026" or "two months before").
// @category Timeline
MATCH (n:Entity)
WHERE n.dateText IS NOT NULL
RETURN n.name AS fact, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, n.dateText AS when, n.datePrecision AS precision, n.year AS year
ORDER BY coalesce(n.year, 0), n.name
LIMIT $rowCap
