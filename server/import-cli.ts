import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { StartupError } from './errors.ts';
import { embeddedImportTarget } from './import/embedded-target.ts';
import { importIntoFreshDatabase } from './import/fresh-import.ts';
import { describeImport } from './import/import-report.ts';
import { embeddedMemory } from './neo4j/memory-sizing.ts';
import { describeSeed } from './seed/seed-database.ts';

const usage =
  'Usage: npm run import -- --nodes nodes.csv [--nodes more.csv] --relationships relationships.csv [--array-delimiter ";"]';

/**
 * `npm run import -- --nodes nodes.csv --relationships relationships.csv`: fills a new embedded
 * database with Neo4j's offline importer, then builds the app's constraints and indexes.
 */
async function main(): Promise<void> {
  let values;
  try {
    values = parseArgs({
      options: {
        nodes: { type: 'string', multiple: true },
        relationships: { type: 'string', multiple: true, default: [] },
        'array-delimiter': { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new StartupError(`${(error as Error).message}\n${usage}`);
  }
  if (!values.nodes?.length) throw new StartupError(`--nodes is required.\n${usage}`);

  const log = (message: string) => console.log(message);
  const target = await embeddedImportTarget(loadConfig(), log);
  const report = await importIntoFreshDatabase(target, {
    nodes: values.nodes,
    relationships: values.relationships,
    arrayDelimiter: values['array-delimiter'],
    importerHeapMb: embeddedMemory().importerHeapMb,
    onProgress: log,
  });
  for (const line of describeImport(report, report.nodes)) console.log(line);
  console.log(
    describeSeed({ written: {}, ...report.graph })
      .split('\n')
      .slice(1)
      .join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
