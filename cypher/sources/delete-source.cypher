// Deletes a source node once its evidence has been withdrawn from every fact.
// Params: $id (string). Returns nothing.
MATCH (s:Source {id: $id})
DELETE s
