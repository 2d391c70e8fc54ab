import { inject } from 'vitest';
import { openDatabase } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './throwaway-neo4j.ts';
import { wipeDatabase } from './wipe-database.ts';

/**
 * A seeded Neo4j for one test file alone: for files that write, or that prove nothing changed by
 * fingerprinting the whole database, so no other file running beside them can disturb them.
 */
export async function startSeededNeo4j(): Promise<ThrowawayNeo4j> {
  const neo4j = await startThrowawayNeo4j();
  const db = openDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    await seedDatabase(db, loadSeedData());
  } catch (error) {
    await neo4j.stop();
    throw error;
  } finally {
    await db.close();
  }
  return neo4j;
}

export type SeededNeo4j = Pick<ThrowawayNeo4j, 'uri' | 'password' | 'stop'>;

/**
 * Like startSeededNeo4j, but under the mutation run it is the run's writable Neo4j, wiped and
 * seeded again: Stryker reruns a file's hooks for every mutant, and starting a Neo4j each time
 * would take hours.
 */
export async function seededNeo4jForWriting(): Promise<SeededNeo4j> {
  const writable = inject('writableNeo4j');
  if (!writable) return startSeededNeo4j();
  await wipeDatabase(writable);
  const db = openDatabase({ uri: writable.uri, user: 'neo4j', password: writable.password });
  try {
    await seedDatabase(db, loadSeedData());
  } finally {
    await db.close();
  }
  return { ...writable, stop: async () => {} };
}
