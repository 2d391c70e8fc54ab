import type { Database, Params, QueryName, WriteCounters } from '../neo4j/database.ts';
import { nodeColumns, relationshipColumns } from './columns.ts';
import { ingestSource } from '../sources/source-ingest.ts';
import type { SeedData } from './seed-data.ts';
import { seedPayload } from './seed-payload.ts';

/** Rows per UNWIND: large enough to keep round trips few, small enough to keep each query light. */
const batchSize = 1000;

export interface SeedSummary {
  /** What this run changed, as Neo4j counted it (zero on a re-seed of unchanged data). */
  written: WriteCounters;
  /** What the database holds afterwards. */
  entities: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

function batches<T>(rows: T[], size = batchSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** How a large write is cut up: rows per transaction, transactions in flight at once. */
export interface BulkOptions {
  batchSize: number;
  /**
   * Transactions sent before the first answers: the driver packs the next batch while Neo4j
   * writes the last, so both cores work (4 measured best on 2 cores).
   */
  inFlight: number;
  /** Called after each transaction with what has been written so far. */
  onProgress?: (written: { nodes: number; relationships: number }) => void;
}

/** Runs `work` on every item with at most `width` running at once. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, lane));
}

/**
 * Writes a large graph of one source with the seed's own columnar UNWIND batches, constraints
 * first, several transactions in flight so memory stays flat. The source's earlier facts are
 * deleted first, in batches, so every row is new and the CREATE twins of the seed's MERGE
 * queries apply; the result is exactly `graph`.
 */
export async function bulkWrite(
  db: Database,
  graph: { sourceId: string; nodes: SeedData['nodes']; relationships: SeedData['relationships'] },
  options: BulkOptions,
): Promise<SeedSummary> {
  await db.applySchema('schema');
  for (;;) {
    const { rows } = await db.write('seed/delete-source-batch', {
      sourceId: graph.sourceId,
      batch: options.batchSize,
    });
    if ((rows[0]?.deleted ?? 0) === 0) break;
  }
  const written: WriteCounters = {};
  const progress = { nodes: 0, relationships: 0 };
  const run = async <T>(
    name: QueryName,
    rows: T[],
    columns: (batch: T[]) => Params,
    counted: 'nodes' | 'relationships',
  ) => {
    await inParallel(batches(rows, options.batchSize), options.inFlight, async (batch) => {
      const { counters } = await db.write(name, columns(batch));
      for (const [key, value] of Object.entries(counters))
        written[key] = (written[key] ?? 0) + value;
      progress[counted] += batch.length;
      options.onProgress?.({ ...progress });
    });
  };
  await run(
    'seed/create-nodes',
    graph.nodes,
    (batch) => ({ ...nodeColumns(batch, graph.sourceId) }),
    'nodes',
  );
  await run(
    'seed/create-relationships',
    graph.relationships,
    (batch) => ({ ...relationshipColumns(batch, graph.sourceId) }),
    'relationships',
  );
  return { written, ...(await countGraph(db)) };
}

/**
 * Writes the seed data as the graph's first source, through the same ingest as every other
 * source (server/sources/): constraints and indexes first, then the whole source in one
 * transaction. Running it again leaves the same graph; after the seed files change, the facts
 * they no longer hold lose the article's evidence (and go when nothing else backs them).
 */
export async function seedDatabase(db: Database, data: SeedData): Promise<SeedSummary> {
  await db.applySchema('schema');
  const plan = await ingestSource(db, seedPayload(data), { dryRun: false });
  const written: WriteCounters = {
    nodesCreated: plan.created.entities.length,
    relationshipsCreated: plan.created.relationships.length,
    nodesDeleted: plan.removed.entities.length,
    relationshipsDeleted: plan.removed.relationships.length,
    factsWithdrawn: plan.withdrawn.entities.length + plan.withdrawn.relationships.length,
  };
  for (const key of Object.keys(written)) if (written[key] === 0) delete written[key];
  return { written, ...(await countGraph(db)) };
}

/** Entities by label and relationships by type, as the database holds them now. */
export async function countGraph(
  db: Database,
): Promise<{ entities: number; labels: Record<string, number>; types: Record<string, number> }> {
  const [entities] = await db.read('seed/count-entities');
  const labels = await db.read('seed/count-by-label');
  const types = await db.read('seed/count-by-type');
  return {
    entities: entities?.count ?? 0,
    labels: Object.fromEntries(labels.map((row) => [row.label, row.count])),
    types: Object.fromEntries(types.map((row) => [row.type, row.count])),
  };
}

/** True when the database holds no entity yet: a fresh store, seeded at start-up. */
export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read('seed/count-entities');
  return (row?.count ?? 0) === 0;
}

/** True when the graph holds facts of `sourceId` written before sources were tracked. */
export async function isLegacySeed(db: Database, sourceId: string): Promise<boolean> {
  const [row] = await db.read('sources/legacy-source', { id: sourceId });
  return row?.legacy === true;
}

/** One paragraph a person can read after seeding. */
export function describeSeed(summary: SeedSummary): string {
  const total = (counts: Record<string, number>) =>
    Object.values(counts).reduce((sum, value) => sum + value, 0);
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ');
  const changes = Object.entries(summary.written)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  return [
    `Seeded: ${changes || 'nothing changed (already up to date)'}.`,
    `The database now holds ${summary.entities} entities (${list(summary.labels)})`,
    `and ${total(summary.types)} relationships (${list(summary.types)}).`,
  ].join('\n');
}
