import type { Driver } from 'neo4j-driver';
import { loadCypherCatalog } from '../server/neo4j/cypher-files.ts';
import type { SeedNode } from '../server/seed/seed-data.ts';

/**
 * Where the floor writes: `bare`, a label with no constraint or index (the cheapest write there
 * is); `indexed`, :Entity too, so the app's unique constraint, range and full-text indexes are
 * kept up to date as for its own rows (ids get a prefix so they do not clash with those).
 */
export type RawTarget = 'bare' | 'indexed';

// Every node the floors write carries :BenchRawEntity, a label nothing else uses, so they are
// easy to delete (cypher/bench/raw-*.cypher).
const catalog = loadCypherCatalog();
const cypher = (name: string) => catalog.get(`bench/${name}`)!;
const createQueries: Record<RawTarget, string> = {
  bare: cypher('raw-create-bare'),
  indexed: cypher('raw-create-indexed'),
};
const deleteQuery = cypher('raw-delete');

/** A seed node as one flat property map (Neo4j properties cannot hold maps). */
function flat(node: SeedNode, sourceId: string, idPrefix: string): Record<string, unknown> {
  return {
    ...node.properties,
    id: `${idPrefix}${node.id}`,
    name: node.name,
    camp: node.camp,
    quotes: node.quotes,
    sourceId,
  };
}

/**
 * The ingest floor: the same node rows written with a plain UNWIND…CREATE through the driver,
 * cut as the app's path cuts them (rows per transaction, transactions in flight). Resolves with
 * the elapsed ms.
 */
export async function rawCreate(
  driver: Driver,
  nodes: SeedNode[],
  sourceId: string,
  cut: { batchSize: number; inFlight: number },
  target: RawTarget,
): Promise<number> {
  const prefix = target === 'indexed' ? 'bench-raw-' : '';
  const rows = nodes.map((node) =>
    flat(node, target === 'indexed' ? 'bench-raw' : sourceId, prefix),
  );
  const createQuery = createQueries[target];
  const batches: Record<string, unknown>[][] = [];
  for (let at = 0; at < rows.length; at += cut.batchSize) {
    batches.push(rows.slice(at, at + cut.batchSize));
  }
  let next = 0;
  const lane = async () => {
    const session = driver.session();
    try {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await session.executeWrite((tx) => tx.run(createQuery, { rows: batch }));
      }
    } finally {
      await session.close();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, cut.inFlight) }, lane));
  return performance.now() - started;
}

/** Removes what rawCreate wrote, so the following sections see only the app's data. */
export async function deleteRaw(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(deleteQuery);
  } finally {
    await session.close();
  }
}
