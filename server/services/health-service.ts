import type { HealthPayload } from '../contract.ts';
import type { Database } from '../neo4j/database.ts';

/** Which Neo4j answers; rejects with a 503 AppError when none does. */
export async function checkHealth(db: Database): Promise<HealthPayload> {
  // A connectivity check first: it fails within the connection timeout, without retries.
  await db.ping();
  const [row] = await db.read('health/components');
  return {
    status: 'ok',
    neo4j: { version: row?.version ?? 'unknown', edition: row?.edition ?? 'unknown' },
  };
}
