import neo4j from 'neo4j-driver';

/**
 * Deletes every node and relationship of a test Neo4j (users, sessions and views included),
 * leaving its schema, which seeding creates idempotently. In batches, so a big leftover graph
 * does not need one huge transaction.
 */
export async function wipeDatabase(target: { uri: string; password: string }): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic('neo4j', target.password));
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}
