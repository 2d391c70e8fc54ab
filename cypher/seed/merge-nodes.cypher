// Writes a batch of entities, idempotently: MERGE on the slug, then replace every property so a
// re-seed leaves exactly what the seed files say. Labels are set dynamically (Neo4j 5.26+).
// Params: columns of one batch (server/seed/columns.ts): $ids, $names, $camps, $props (maps),
// $labelSets + $labelsOf and $quoteSets + $quoteOf (distinct lists and each row's index into
// them), $sourceId. Returns nothing; the caller reads the write counters.
UNWIND range(0, size($ids) - 1) AS i
MERGE (n:Entity {id: $ids[i]})
SET n = $props[i]
SET n.id = $ids[i], n.name = $names[i], n.camp = $camps[i],
    n.quotes = $quoteSets[$quoteOf[i]], n.sourceId = $sourceId
SET n:$($labelSets[$labelsOf[i]])
