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
  try {
    await seedInto(neo4j);
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  return neo4j;
}

/** Reads the article seed into the Neo4j at `target`. */
async function seedInto(target: { uri: string; password: string }): Promise<void> {
  const db = openDatabase({ uri: target.uri, user: 'neo4j', password: target.password });
  try {
    await seedDatabase(db, loadSeedData());
  } finally {
    await db.close();
  }
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
  await seedInto(writable);
  return { ...writable, stop: async () => {} };
}
