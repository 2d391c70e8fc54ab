import type { Database } from '../../server/neo4j/database.ts';

/** Everything the database holds, schema included, so a refused request can be proven harmless. */
export async function fingerprint(db: Database) {
  const [data] = await db.read('query/fingerprint');
  const indexes = await db.read('schema-indexes');
  const constraints = await db.read('schema-constraints');
  return { data, indexes, constraints };
}
