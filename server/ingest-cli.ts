import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { AppError, StartupError } from './errors.ts';
import { connectNeo4j } from './neo4j/connect.ts';
import { describePlan, type IngestPlan } from './sources/ingest-plan.ts';
import { ingestSource } from './sources/source-ingest.ts';
import { loadSourceFolder } from './sources/source-folder.ts';

const usage = `Usage: npm run ingest -- FOLDER [--dry-run]
  FOLDER holds source.json (id, title, publisher, year or published, url?, file), the text file,
  nodes.json and relationships.json, laid out like seed/.`;

/**
 * `npm run ingest -- FOLDER [--dry-run]`: adds a source to the graph (or, with --dry-run, shows
 * what it would do) through the same service as POST /api/sources, and prints the plan.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const payload = loadSourceFolder(path.resolve(positionals[0]!));
  const connection = await connectNeo4j(loadConfig(), (message) => console.log(message), {
    joinRunning: true,
  });
  try {
    const plan = await ingestSource(connection.db, payload, { dryRun: values['dry-run'] });
    console.log(describePlan(plan));
    return plan.problems.length > 0 || plan.ambiguities.length > 0 ? 1 : 0;
  } catch (error) {
    // A refused source carries its whole plan: print it, it says what to fix.
    const plan =
      error instanceof AppError ? (error.details?.plan as IngestPlan | undefined) : undefined;
    if (plan) {
      console.log(describePlan(plan));
      return 1;
    }
    throw error;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof StartupError ? error.message : (error as Error).message;
    console.error(`Error: ${message}`);
    process.exit(1);
  },
);
