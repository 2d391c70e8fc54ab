import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startThrowawayNeo4j } from './throwaway-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URI of the seeded throwaway Neo4j the suite runs against. */
    boltUri: string;
    /** Its neo4j user's password (the throwaway always has one, like every Neo4j here). */
    boltPassword: string;
    /** Base URL of the running app (browser suite only). */
    baseUrl: string;
    /**
     * A Neo4j already holding the power-law graph (tests/support/power-law-graph.ts), given by
     * the mutation run only; scale.test.ts starts and fills its own when absent.
     */
    powerLawNeo4j?: { uri: string; password: string };
    /**
     * A Neo4j that files which write may reset and seed for themselves (tests/support/own-neo4j.ts),
     * given by the mutation run only; elsewhere each such file starts its own.
     */
    writableNeo4j?: { uri: string; password: string };
  }
}

/**
 * Starts a real, password-protected Neo4j for the integration and security suites, apart from
 * the app, and seeds it once. The app reaches it through a `neo4j://` routing URI, as it would
 * an Aura instance or a cluster.
 */
export default async function setup(project: TestProject) {
  const neo4j = await startThrowawayNeo4j();
  const db = openDatabase({ uri: neo4j.routingUri, user: neo4j.user, password: neo4j.password });
  try {
    await seedDatabase(db, loadSeedData());
  } finally {
    await db.close();
  }
  project.provide('boltUri', neo4j.routingUri);
  project.provide('boltPassword', neo4j.password);
  return () => neo4j.stop();
}
