import type { Driver } from 'neo4j-driver';
import type { Database } from '../server/neo4j/database.ts';
import { loadSeedData } from '../server/seed/seed-data.ts';
import { bulkWrite, seedDatabase } from '../server/seed/seed-database.ts';
import {
  generateSyntheticGraph,
  SYNTHETIC_SOURCE,
  SYNTHETIC_WRITE_OPTIONS,
} from '../server/seed/synthetic/synthetic-graph.ts';
import { wanted, type BenchContext } from './context.ts';
import { CpuAccount } from './cpu-time.ts';
import { bytes, count, perSecond, seconds, size } from './format.ts';
import type { BenchNeo4j } from './neo4j-section.ts';
import { deleteRaw, rawCreate } from './raw-ingest.ts';
import { figureRow } from './table.ts';

/** Writes exactly as `npm run seed:synthetic` does. */
export const cliWriteOptions = SYNTHETIC_WRITE_OPTIONS;

const targetPerSecond = 50_000;

interface SizeResult {
  entities: number;
  relationships: number;
  generateMs: number;
  /** bulkWrite from call to return, as the CLI times it (schema, delete, nodes, relationships, counts). */
  writeMs: number;
  /** From the call until the last node batch committed. */
  nodesPhaseMs: number;
  /** Cores Neo4j, the bench (the app's writer) and everything else kept busy meanwhile. */
  cores: Record<string, number>;
  /** The floor on a bare label. */
  rawMs?: number;
  /** The floor on :Entity, paying for the app's constraint and indexes. */
  rawIndexedMs?: number;
}

/**
 * Writes the article seed, then synthetic graphs of each size through the app's own bulk path,
 * each beside the raw UNWIND…CREATE floor of the same rows. The last size stays in the database
 * for the sections after this one. When the section was not asked for, only that final state is
 * written, untimed.
 */
export async function runIngest(
  context: BenchContext,
  neo4j: BenchNeo4j,
  db: Database,
  driver: Driver,
): Promise<void> {
  const { options, log } = context;
  const measuring = wanted(context, 'ingest');
  const data = loadSeedData();
  log(`Seeding the article (${data.nodes.length} entities)…`);
  await seedDatabase(db, data);

  const sizes = measuring ? options.ingestSizes : options.ingestSizes.slice(-1);
  const results: SizeResult[] = [];
  for (const [index, entities] of sizes.entries()) {
    if (index > 0) {
      // bulkWrite deletes the source's earlier facts first; clearing them beforehand, untimed,
      // keeps that delete out of this size's figure.
      await bulkWrite(
        db,
        { sourceId: SYNTHETIC_SOURCE, nodes: [], relationships: [] },
        cliWriteOptions,
      );
    }
    const generatedAt = performance.now();
    const graph = generateSyntheticGraph(entities, 42);
    const generateMs = performance.now() - generatedAt;
    log(
      `${size(entities)}: generated ${count(graph.nodes.length)} entities and ${count(graph.relationships.length)} relationships in ${seconds(generateMs)}; writing through bulkWrite…`,
    );
    let nextReport = 0.25;
    let nodesPhaseMs = Number.NaN;
    const cpu = new CpuAccount({ neo4j: neo4j.pid, bench: process.pid });
    const started = performance.now();
    await cpu.measure(() =>
      bulkWrite(
        db,
        { sourceId: SYNTHETIC_SOURCE, ...graph },
        {
          ...cliWriteOptions,
          onProgress: ({ nodes, relationships }) => {
            if (nodes === graph.nodes.length && Number.isNaN(nodesPhaseMs)) {
              nodesPhaseMs = performance.now() - started;
            }
            const done =
              (nodes + relationships) / (graph.nodes.length + graph.relationships.length);
            if (done >= nextReport && done < 1) {
              log(
                `  ${Math.round(done * 100)}%: ${count(nodes)} entities, ${count(relationships)} relationships after ${seconds(performance.now() - started)}`,
              );
              while (nextReport <= done) nextReport += 0.25;
            }
          },
        },
      ),
    );
    const writeMs = performance.now() - started;
    const cores = cpu.cores();
    if (measuring && cores.others! > 0.25) {
      context.warnings.push(
        `other processes kept ${cores.others!.toFixed(2)} cores busy during the ${size(entities)} ingest: its figures are slower than on a quiet machine.`,
      );
    }
    const result: SizeResult = {
      entities: graph.nodes.length,
      relationships: graph.relationships.length,
      generateMs,
      writeMs,
      nodesPhaseMs,
      cores,
    };
    log(
      `  wrote in ${seconds(writeMs)}: ${count(Math.round((entities / writeMs) * 1000))} entities/s (nodes phase ${seconds(nodesPhaseMs)}); cores: neo4j ${cores.neo4j!.toFixed(2)}, bench ${cores.bench!.toFixed(2)}, others ${cores.others!.toFixed(2)}.`,
    );
    if (measuring) {
      log(`  floor: the same ${count(entities)} node rows by UNWIND…CREATE on a bare label…`);
      result.rawMs = await rawCreate(
        driver,
        graph.nodes,
        SYNTHETIC_SOURCE,
        cliWriteOptions,
        'bare',
      );
      await deleteRaw(driver);
      log(`  …in ${seconds(result.rawMs)}; again on :Entity, with its constraint and indexes…`);
      result.rawIndexedMs = await rawCreate(
        driver,
        graph.nodes,
        SYNTHETIC_SOURCE,
        cliWriteOptions,
        'indexed',
      );
      await deleteRaw(driver);
      log(`  …in ${seconds(result.rawIndexedMs)}.`);
      pushRows(context, result);
    }
    results.push(result);
  }

  const largest = results.at(-1);
  // The million section's import row reads this as its baseline.
  if (measuring && largest) context.onlinePerSecond = (largest.entities / largest.writeMs) * 1000;

  const residentAfter = neo4j.resident();
  log(`Neo4j RSS after the ${size(sizes.at(-1)!)} ingest: ${bytes(residentAfter)}.`);
  const neo4jRaw = context.raw.neo4j ?? {};
  neo4jRaw.residentAfterIngestBytes = residentAfter;
  context.raw.neo4j = neo4jRaw;
  if (wanted(context, 'neo4j')) {
    context.rows.push(
      figureRow({
        section: 'neo4j',
        measure: `RSS after ${size(sizes.at(-1)!)} ingest (vs bare JVM peak)`,
        ours: residentAfter,
        baseline: Number(neo4jRaw.bareJvmPeakBytes),
        format: bytes,
      }),
    );
  }
  context.raw[measuring ? 'ingest' : 'setup'] = {
    writeOptions: cliWriteOptions,
    articleEntities: data.nodes.length,
    sizes: results,
  };
}

function pushRows(context: BenchContext, result: SizeResult): void {
  const rawRate = (result.entities / result.rawMs!) * 1000;
  const label = `${size(result.entities)} (+${count(result.relationships)} rels)`;
  const wholeRate = (result.entities / result.writeMs) * 1000;
  const nodesRate = (result.entities / result.nodesPhaseMs) * 1000;
  context.rows.push(
    figureRow({
      section: 'ingest',
      measure: `${label} entities/s, rels included (vs raw CREATE)`,
      ours: wholeRate,
      baseline: rawRate,
      format: perSecond,
      target: { text: '≥ 50,000/s', met: wholeRate >= targetPerSecond },
    }),
    figureRow({
      section: 'ingest',
      measure: `${size(result.entities)} entities/s, nodes phase only (vs raw CREATE)`,
      ours: nodesRate,
      baseline: rawRate,
      format: perSecond,
    }),
    figureRow({
      section: 'ingest',
      measure: `${size(result.entities)} nodes phase (vs raw CREATE on :Entity, indexed)`,
      ours: nodesRate,
      baseline: (result.entities / result.rawIndexedMs!) * 1000,
      format: perSecond,
    }),
  );
}
