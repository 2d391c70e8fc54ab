import type { Database } from './neo4j/database.ts';
import { describeSeed, isEmpty, isLegacySeed, seedDatabase } from './seed/seed-database.ts';
import type { SeedData } from './seed/seed-data.ts';

const retryMs = 5_000;

/**
 * Applies the schema and seeds the database when it holds no entities. When Neo4j is not reachable yet (an external
 * server still starting), keeps trying in the background instead of refusing to start.
 */
export async function prepareDatabase(
  db: Database,
  data: SeedData,
  log: (message: string) => void,
  options: {
    /** Seed an empty database (SEED_ON_START); the schema is applied either way. */
    seed?: boolean;
  } = {},
): Promise<void> {
  const seed = options.seed ?? true;
  const attempt = async (): Promise<boolean> => {
    try {
      // Constraints first, always: saved views rely on theirs even when no seeding is needed.
      await db.applySchema('schema');
      if (!seed) {
        log('SEED_ON_START is false: the database is left as it is.');
      } else if (await isEmpty(db)) {
        log('The database is empty: seeding the ecosystem from seed/…');
        log(describeSeed(await seedDatabase(db, data)));
      } else if (await isLegacySeed(db, data.source.id)) {
        // Seeded before sources were tracked: the article is read in again as the first
        // source, which gives its facts their evidence; nothing else changes.
        log('Recording the seed article as the first source of the graph…');
        log(describeSeed(await seedDatabase(db, data)));
      }
      return true;
    } catch (error) {
      log(
        `Neo4j is not reachable yet (${(error as Error).message}); retrying in ${retryMs / 1000} s.`,
      );
      return false;
    }
  };
  if (await attempt()) return;
  const timer = setInterval(() => {
    void attempt().then((done) => done && clearInterval(timer));
  }, retryMs);
  timer.unref();
}
