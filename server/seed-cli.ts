import { loadConfig } from './config.ts';
import { StartupError } from './errors.ts';
import { connectNeo4j } from './neo4j/connect.ts';
import { loadSeedData } from './seed/seed-data.ts';
import { describeSeed, seedDatabase } from './seed/seed-database.ts';

/** `npm run seed`: (re)writes the seed data into the configured Neo4j and prints what changed. */
async function main(): Promise<void> {
  const config = loadConfig();
  const data = loadSeedData();
  const connection = await connectNeo4j(config, (message) => console.log(message), {
    joinRunning: true,
  });
  try {
    console.log(
      `Seeding ${data.nodes.length} entities and ${data.relationships.length} relationships…`,
    );
    console.log(describeSeed(await seedDatabase(connection.db, data)));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof StartupError ? error.message : (error as Error).message;
  console.error(`Error: ${message}`);
  process.exit(1);
});
