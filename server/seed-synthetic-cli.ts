import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { StartupError } from './errors.ts';
import { connectNeo4j } from './neo4j/connect.ts';
import { describeSeed, bulkWrite } from './seed/seed-database.ts';
import { seedSyntheticBulk } from './seed/synthetic/synthetic-bulk.ts';
import {
  generateSyntheticGraph,
  SYNTHETIC_SOURCE,
  SYNTHETIC_WRITE_OPTIONS,
} from './seed/synthetic/synthetic-graph.ts';

const usage = 'Usage: npm run seed:synthetic -- [--entities 100000] [--seed 42] [--bulk]';

function bar(done: number, total: number): string {
  const width = 28;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round((done / Math.max(total, 1)) * 100)}%`;
}

/**
 * `npm run seed:synthetic -- --entities 100000`: writes a synthetic ecosystem of the seed's
 * schema beside the article's facts (they keep their own source), with a progress bar. With
 * `--bulk`, fills a new database through Neo4j's offline importer instead (synthetic-bulk.ts).
 */
async function main(): Promise<void> {
  let values;
  try {
    values = parseArgs({
      options: {
        entities: { type: 'string', default: '100000' },
        seed: { type: 'string', default: '42' },
        bulk: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new StartupError(`${(error as Error).message}\n${usage}`);
  }
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  if (!Number.isInteger(entities) || entities < 10 || entities > 5_000_000) {
    throw new StartupError(`--entities must be a whole number from 10 to 5,000,000.\n${usage}`);
  }
  if (!Number.isInteger(seed)) throw new StartupError(`--seed must be a whole number.\n${usage}`);
  if (values.bulk) {
    await seedSyntheticBulk(entities, seed);
    return;
  }

  const generatedAt = Date.now();
  const graph = generateSyntheticGraph(entities, seed);
  console.log(
    `Generated ${graph.nodes.length.toLocaleString('en')} entities and ${graph.relationships.length.toLocaleString('en')} relationships in ${((Date.now() - generatedAt) / 1000).toFixed(1)} s.`,
  );
  const connection = await connectNeo4j(loadConfig(), (message) => console.log(message), {
    joinRunning: true,
  });
  const total = graph.nodes.length + graph.relationships.length;
  const tty = process.stdout.isTTY;
  let lastLine = 0;
  const started = Date.now();
  try {
    const summary = await bulkWrite(
      connection.db,
      { sourceId: SYNTHETIC_SOURCE, ...graph },
      {
        ...SYNTHETIC_WRITE_OPTIONS,
        onProgress: ({ nodes, relationships }) => {
          const done = nodes + relationships;
          const seconds = (Date.now() - started) / 1000;
          const line = `${bar(done, total)} ${nodes.toLocaleString('en')} entities, ${relationships.toLocaleString('en')} relationships · ${Math.round(done / seconds).toLocaleString('en')} rows/s`;
          if (tty) process.stdout.write(`\r${line}`);
          else if (done === total || done - lastLine >= total / 10) {
            lastLine = done;
            console.log(line);
          }
        },
      },
    );
    if (tty) process.stdout.write('\n');
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Wrote ${graph.nodes.length.toLocaleString('en')} entities in ${seconds.toFixed(1)} s (${Math.round(graph.nodes.length / seconds).toLocaleString('en')} entities/s, relationships included).`,
    );
    console.log(describeSeed(summary));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
