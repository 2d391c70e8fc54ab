import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startThrowawayNeo4j } from './throwaway-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the seeded throwaway Neo4j the suite runs against. */
    boltUri: string;
    /** Base URL of the running app (browser suite only). */
    baseUrl: string;
  }
}

/** Starts a real Neo4j for the integration suite and seeds it once. */
export default async function setup(project: TestProject) {
  const neo4j = await startThrowawayNeo4j();
  const db = openDatabase({ uri: neo4j.uri, user: 'neo4j', password: '' });
  try {
    await seedDatabase(db, loadSeedData());
  } finally {
    await db.close();
  }
  project.provide('boltUri', neo4j.uri);
  return () => neo4j.stop();
}
