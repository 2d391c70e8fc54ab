import { StartupError } from '../errors.ts';
import type { Database } from '../neo4j/database.ts';
import { hasStore, requireCsvFiles, runOfflineImport } from '../neo4j/offline-import.ts';
import { countGraph } from '../seed/seed-database.ts';

/** The embedded Neo4j an import fills: its folder, and how to tell it runs and start it. */
export interface ImportTarget {
  /** The data folder (NEO4J_DATA_DIR). */
  dataDir: string;
  /** True when a Neo4j serves that folder now. */
  isRunning(): Promise<boolean>;
  /** Starts Neo4j on the folder and connects; `close()` stops it again. */
  open(): Promise<{ db: Database; close(): Promise<void> }>;
}

export interface FreshImportOptions {
  nodes: string[];
  relationships: string[];
  /** Separator of list values and labels inside one field; Neo4j's `;` unless given. */
  arrayDelimiter?: string;
  /** Java heap of the importer, MB. */
  importerHeapMb: number;
  /** Runs once the schema is built, before Neo4j stops (the synthetic seed adds the article). */
  afterImport?: (db: Database) => Promise<void>;
  onProgress: (message: string) => void;
}

export interface FreshImportReport {
  /** What the importer wrote. */
  nodes: number;
  relationships: number;
  /** The importer alone, launch to exit. */
  importMs: number;
  /** Start of Neo4j, constraints, indexes and the full-text index built and awaited. */
  schemaMs: number;
  /** From the first check to Neo4j stopped again. */
  totalMs: number;
  /** What the database holds afterwards, as the app counts it. */
  graph: Awaited<ReturnType<typeof countGraph>>;
}

/** Nodes a store holds, by starting Neo4j on it: only a store with none may be replaced. */
async function countStoredNodes(target: ImportTarget): Promise<number> {
  const connection = await target.open();
  try {
    const [row] = await connection.db.read('seed/count-nodes');
    return row?.count ?? 0;
  } finally {
    await connection.close();
  }
}

/**
 * Fills a new embedded database from CSV files with Neo4j's offline importer, far faster than
 * transactions, then starts Neo4j and builds the app's constraints, indexes and full-text index
 * (cypher/schema.cypher awaits them). Refuses, with the next step, a folder whose Neo4j runs or
 * whose database already holds anything: the importer can only write a database from scratch.
 */
export async function importIntoFreshDatabase(
  target: ImportTarget,
  options: FreshImportOptions,
): Promise<FreshImportReport> {
  const started = performance.now();
  requireCsvFiles([...options.nodes, ...options.relationships]);
  if (await target.isRunning()) {
    throw new StartupError(
      `Neo4j is running on ${target.dataDir}: stop the explorer first (the offline import writes only a stopped database).`,
    );
  }
  const existing = hasStore(target.dataDir);
  if (existing) {
    options.onProgress(`Checking that the database in ${target.dataDir} is empty…`);
    const held = await countStoredNodes(target);
    if (held > 0) {
      throw new StartupError(
        `The database in ${target.dataDir} already holds ${held.toLocaleString('en')} nodes: the offline import only fills a new database; set NEO4J_DATA_DIR to a new folder (or move this one away), or add data with npm run seed:synthetic without --bulk.`,
      );
    }
  }

  options.onProgress('Importing with neo4j-admin database import full…');
  const imported = await runOfflineImport({
    dataDir: target.dataDir,
    nodes: options.nodes,
    relationships: options.relationships,
    arrayDelimiter: options.arrayDelimiter,
    overwrite: existing,
    heapMb: options.importerHeapMb,
    onProgress: options.onProgress,
  });
  options.onProgress(
    `Imported ${imported.nodes.toLocaleString('en')} nodes and ${imported.relationships.toLocaleString('en')} relationships in ${(imported.milliseconds / 1000).toFixed(1)} s; starting Neo4j and building the indexes…`,
  );

  const schemaStarted = performance.now();
  const connection = await target.open();
  let schemaMs: number;
  let graph: FreshImportReport['graph'];
  try {
    await connection.db.applySchema('schema');
    schemaMs = performance.now() - schemaStarted;
    await options.afterImport?.(connection.db);
    graph = await countGraph(connection.db);
  } finally {
    await connection.close();
  }
  return {
    nodes: imported.nodes,
    relationships: imported.relationships,
    importMs: imported.milliseconds,
    schemaMs,
    totalMs: performance.now() - started,
    graph,
  };
}
