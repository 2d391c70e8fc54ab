import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderImportTarget } from '../server/import/folder-target.ts';
import { generatePassword } from '../server/neo4j/credentials.ts';
import { findFreePort } from '../server/neo4j/port-check.ts';
import {
  importSyntheticGraph,
  type SyntheticBulkReport,
} from '../server/seed/synthetic/synthetic-bulk.ts';
import type { BenchContext } from './context.ts';
import { perSecond, size } from './format.ts';
import { figureRow } from './table.ts';

const targetPerSecond = 200_000;

/**
 * The offline import path (`seed:synthetic --bulk`) at `entities`, into a folder and Neo4j of
 * its own (the importer only fills a new database), reported beside the online path's rate.
 */
export async function measureImportPath(
  context: BenchContext,
  entities: number,
  onlinePerSecond: number,
): Promise<SyntheticBulkReport> {
  const { options, log } = context;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-import-'));
  try {
    const target = folderImportTarget({
      dataDir,
      boltPort: await findFreePort(),
      password: generatePassword(),
      heapMb: options.heapMb,
      pageCacheMb: options.pageCacheMb,
    });
    log(`${size(entities)} through the offline importer (seed:synthetic --bulk)…`);
    const report = await importSyntheticGraph(target, entities, 42, (line) => log(`  ${line}`));
    const importRate = (report.entities / report.importMs) * 1000;
    context.rows.push(
      figureRow({
        section: 'ingest',
        measure: `${size(entities)} entities/s, offline import step (vs online bulkWrite)`,
        ours: importRate,
        baseline: onlinePerSecond,
        format: perSecond,
        target: { text: '≥ 200,000/s', met: importRate >= targetPerSecond },
      }),
      figureRow({
        section: 'ingest',
        measure: `${size(entities)} entities/s, offline import with CSV and indexes (vs online)`,
        ours: (report.entities / report.totalMs) * 1000,
        baseline: onlinePerSecond,
        format: perSecond,
      }),
    );
    return report;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
