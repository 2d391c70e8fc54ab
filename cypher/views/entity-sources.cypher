// @title The sentences behind an entity
// @description Every sentence of the article that supports an entity or one of its relationships.
// @category Provenance
// @param entity entity = shengshu | The entity to trace back to the article
CALL () {
  MATCH (n:Entity {id: $entity})
  UNWIND n.quotes AS sentence
  RETURN sentence, n.name AS supports, 'entity' AS kind
  UNION
  MATCH (n:Entity {id: $entity})-[r]-(:Entity)
  UNWIND r.quotes AS sentence
  RETURN sentence, startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS supports, 'relationship' AS kind
}
RETURN sentence, supports, kind
LIMIT $rowCap
