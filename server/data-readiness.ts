import type { Database } from './neo4j/database.ts';
import { describeSeed, isEmpty, seedDatabase } from './seed/seed-database.ts';
import type { SeedData } from './seed/seed-data.ts';

const retryMs = 5_000;

/**
 * Seeds the database when it holds no entities. When Neo4j is not reachable yet (an external
 * server still starting), keeps trying in the background instead of refusing to start.
 */
export async function seedIfEmpty(
  db: Database,
  data: SeedData,
  log: (message: string) => void,
): Promise<void> {
  const attempt = async (): Promise<boolean> => {
    try {
      if (await isEmpty(db)) {
        log('The database is empty: seeding the ecosystem from seed/…');
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
