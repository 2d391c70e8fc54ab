/**
 * `npm run test:mutation`: Stryker over server/services and the core of server/neo4j
 * (stryker.config.json), against Neo4j instances started here once for the whole run: one
 * seeded, and one holding the scale tests' power-law graph (a second process, as Community has
 * one user database). Stryker restarts its test runner after a mutant hangs; were the runner to
 * start its own Neo4j (tests/support/integration-setup.ts), every restart would cost a Neo4j
 * start, and scale.test.ts would write 3,000 entities for every mutant. The files that write (user
 * views, sources) get one more Neo4j per Stryker worker (writable-slots.ts): each such file
 * resets and seeds it in its beforeAll, a fraction of a second instead of a Neo4j start.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { powerLawGraph, writePowerLawGraph } from '../support/power-law-graph.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

/** Starts a throwaway Neo4j and fills it, stopping it again if filling fails. */
async function startFilled(
  fill: (db: ReturnType<typeof openDatabase>) => Promise<unknown>,
): Promise<ThrowawayNeo4j> {
  const neo4j = await startThrowawayNeo4j();
  const db = openDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    await fill(db);
  } catch (error) {
    await neo4j.stop();
    throw error;
  } finally {
    await db.close();
  }
  return neo4j;
}

function runStryker(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise<number>((resolve) => {
    const stryker = spawn('npx', ['stryker', 'run', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    stryker.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Stryker's --concurrency, else the config's: one writable Neo4j per worker process. */
function workerCount(): number {
  const at = process.argv.indexOf('--concurrency');
  const given = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  if (Number.isInteger(given) && given > 0) return given;
  const config = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as {
    concurrency?: number;
  };
  return config.concurrency ?? 1;
}

let exitCode = 1;
const seeded = await startFilled((db) => seedDatabase(db, loadSeedData()));
const started: ThrowawayNeo4j[] = [seeded];
try {
  const powerLaw = await startFilled((db) => writePowerLawGraph(db, powerLawGraph()));
  started.push(powerLaw);
  // Left empty: each file that writes wipes and seeds its worker's in its beforeAll (own-neo4j.ts).
  const writables: ThrowawayNeo4j[] = [];
  for (let i = 0; i < workerCount(); i++) {
    const writable = await startThrowawayNeo4j();
    started.push(writable);
    writables.push(writable);
  }
  const slots = mkdtempSync(path.join(tmpdir(), 'mutation-slots-'));
  try {
    exitCode = await runStryker({
      MUTATION_BOLT_URI: seeded.routingUri,
      MUTATION_BOLT_PASSWORD: seeded.password,
      MUTATION_POWER_LAW_BOLT_URI: powerLaw.uri,
      MUTATION_POWER_LAW_BOLT_PASSWORD: powerLaw.password,
      MUTATION_WRITABLE_NEO4J: JSON.stringify(
        writables.map(({ uri, password }) => ({ uri, password })),
      ),
      MUTATION_WRITABLE_SLOTS: slots,
    });
  } finally {
    rmSync(slots, { recursive: true, force: true });
  }
} finally {
  for (const neo4j of started.reverse()) await neo4j.stop();
}
process.exit(exitCode);
