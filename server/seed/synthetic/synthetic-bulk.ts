import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { embeddedImportTarget } from '../../import/embedded-target.ts';
import { importIntoFreshDatabase, type ImportTarget } from '../../import/fresh-import.ts';
import { describeImport } from '../../import/import-report.ts';
import { embeddedMemory } from '../../neo4j/memory-sizing.ts';
import { loadSeedData } from '../seed-data.ts';
import { describeSeed, seedDatabase } from '../seed-database.ts';
import { SYNTHETIC_ARRAY_DELIMITER_OPTION, writeSyntheticCsv } from './synthetic-csv.ts';

/** What a bulk synthetic seed did, with the figures the bench reports. */
export interface SyntheticBulkReport {
  entities: number;
  relationships: number;
  /** Writing the CSV files. */
  csvMs: number;
  importMs: number;
  schemaMs: number;
  /** CSV files, import, indexes and the article: the whole command. */
  totalMs: number;
}

/**
 * Writes the synthetic graph as CSV files next to the data folder, imports them into the new
 * database with the offline importer, then reads in the seed article as start-up would (so the
 * graph is the article beside the synthetic source, as `seed:synthetic` without --bulk leaves a
 * fresh explorer). The CSV files are deleted afterwards, whatever happened.
 */
export async function importSyntheticGraph(
  target: ImportTarget,
  entities: number,
  seed: number,
  log: (message: string) => void,
): Promise<SyntheticBulkReport> {
  const started = performance.now();
  // Beside the data folder rather than in /tmp, which is often a small RAM disk.
  const csvDir = mkdtempSync(path.join(path.dirname(path.resolve(target.dataDir)), 'import-csv-'));
  try {
    log(`Writing ${entities.toLocaleString('en')} synthetic entities as CSV in ${csvDir}…`);
    const csv = writeSyntheticCsv(entities, seed, csvDir);
    const csvMs = performance.now() - started;
    log(
      `Wrote ${csv.entities.toLocaleString('en')} entities and ${csv.relationships.toLocaleString('en')} relationships in ${(csvMs / 1000).toFixed(1)} s.`,
    );
    const report = await importIntoFreshDatabase(target, {
      nodes: [csv.nodesFile],
      relationships: [csv.relationshipsFile],
      arrayDelimiter: SYNTHETIC_ARRAY_DELIMITER_OPTION,
      importerHeapMb: embeddedMemory().importerHeapMb,
      onProgress: log,
      afterImport: async (db) => {
        log('Reading in the seed article as the first source…');
        await seedDatabase(db, loadSeedData());
      },
    });
    const totalMs = performance.now() - started;
    for (const line of describeImport({ ...report, totalMs }, csv.entities)) log(line);
    log(
      describeSeed({ written: {}, ...report.graph })
        .split('\n')
        .slice(1)
        .join('\n'),
    );
    return {
      entities: csv.entities,
      relationships: csv.relationships,
      csvMs,
      importMs: report.importMs,
      schemaMs: report.schemaMs,
      totalMs,
    };
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

/** `npm run seed:synthetic -- --entities 1000000 --bulk`, on the configured embedded Neo4j. */
export async function seedSyntheticBulk(entities: number, seed: number): Promise<void> {
  const log = (message: string) => console.log(message);
  await importSyntheticGraph(await embeddedImportTarget(loadConfig(), log), entities, seed, log);
}
