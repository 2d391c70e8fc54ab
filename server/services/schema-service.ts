import type { SchemaPayload } from '../contract.ts';
import type { Database } from '../neo4j/database.ts';

/** The labels, relationship types and property keys in use (cypher/schema-summary.cypher). */
export async function schemaSummary(db: Database): Promise<SchemaPayload> {
  const [row] = await db.read('schema-summary');
  return row ?? { labels: [], relationshipTypes: [], propertyKeys: [] };
}
