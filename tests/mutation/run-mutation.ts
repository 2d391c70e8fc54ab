/**
 * `npm run test:mutation`: Stryker over server/services and the core of server/neo4j
 * (stryker.config.json), against ONE seeded Neo4j started here for the whole run. Stryker
 * restarts its test runner after a mutant hangs; were the runner to start its own Neo4j
 * (tests/support/integration-setup.ts), every restart would cost a Neo4j start.
 */
import { spawn } from 'node:child_process';
import { openDatabase } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const neo4j = await startThrowawayNeo4j();
let exitCode = 1;
try {
  const db = openDatabase({ uri: neo4j.routingUri, user: neo4j.user, password: neo4j.password });
  try {
    await seedDatabase(db, loadSeedData());
  } finally {
    await db.close();
  }
  exitCode = await new Promise<number>((resolve) => {
    const stryker = spawn('npx', ['stryker', 'run', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: {
        ...process.env,
        MUTATION_BOLT_URI: neo4j.routingUri,
        MUTATION_BOLT_PASSWORD: neo4j.password,
      },
    });
    stryker.on('exit', (code) => resolve(code ?? 1));
  });
} finally {
  await neo4j.stop();
}
process.exit(exitCode);
