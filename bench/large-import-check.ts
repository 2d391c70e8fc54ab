import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../server/config.ts';
import { folderImportTarget } from '../server/import/folder-target.ts';
import { generatePassword } from '../server/neo4j/credentials.ts';
import { openDatabase } from '../server/neo4j/database.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/neo4j/embedded-process.ts';
import { embeddedMemory } from '../server/neo4j/memory-sizing.ts';
import { findFreePort } from '../server/neo4j/port-check.ts';
import { importSyntheticGraph } from '../server/seed/synthetic/synthetic-bulk.ts';
import { syntheticFacts } from '../server/seed/synthetic/synthetic-graph.ts';
import { benchApp } from './app-wiring.ts';
import { seededRandom } from '../server/seed/synthetic/random.ts';
import { bytes, ms, perSecond, seconds } from './format.ts';
import { median, percentile } from './stats.ts';

/**
 * `npx tsx bench/large-import-check.ts --entities 1000000`: fills a throwaway embedded Neo4j
 * through `seed:synthetic --bulk`'s path, with memory sized from the machine as `npm start`
 * sizes it, then times what a person does first on that graph, one request at a time: the
 * overview, searches, and 1-hop expansions (random entities and the biggest hubs).
 */
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '200' },
    // Leaves the store in place (and says where) for profiling queries on it afterwards.
    keep: { type: 'boolean', default: false },
  },
});
const entities = Number(values.entities);
const requests = Number(values.requests);
const memory = embeddedMemory();
const dataDir = mkdtempSync(path.join(projectRoot, '.neo4j', 'large-import-'));
const port = await findFreePort();
const password = generatePassword();
const log = (message: string) => console.log(message);

/** The throwaway Neo4j, as the importer fills it and as the measurements then start it. */
const embedded = {
  dataDir,
  boltPort: port,
  heapMb: memory.heapMb,
  pageCacheMb: memory.pageCacheMb,
  password,
  startTimeoutMs: 600_000,
};

function start(): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j(embedded);
}

const target = folderImportTarget(embedded);

/** A few hundred entities of the graph, spread over it, without holding the whole graph. */
function sampleEntities(count: number): { id: string; name: string }[] {
  const random = seededRandom(7);
  const sample: { id: string; name: string }[] = [];
  let seen = 0;
  for (const fact of syntheticFacts(entities, 42)) {
    if (!fact.entity) continue;
    seen += 1;
    if (sample.length < count) sample.push({ id: fact.entity.id, name: fact.entity.name });
    else {
      const at = Math.floor(random() * seen);
      if (at < count) sample[at] = { id: fact.entity.id, name: fact.entity.name };
    }
  }
  return sample;
}

/** Bytes of every file under `dir`. */
function sizeOnDisk(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

interface Latencies {
  p50: number;
  p95: number;
  max: number;
  /** The slowest requests, slowest first: what to profile. */
  slowest: string[];
}

async function oneAtATime(urls: string[]): Promise<Latencies> {
  const timings: { url: string; ms: number }[] = [];
  for (const url of urls) timings.push({ url, ms: await timed(url) });
  timings.sort((a, b) => a.ms - b.ms);
  const times = timings.map((timing) => timing.ms);
  const slowest = timings
    .slice(-5)
    .reverse()
    .map(
      (timing) => `${ms(timing.ms)} ${new URL(timing.url).pathname}${new URL(timing.url).search}`,
    );
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? 0,
    slowest,
  };
}

let neo4j: EmbeddedNeo4j | undefined;
try {
  log(
    `Memory from the machine: heap ${memory.heapMb} MB, page cache ${memory.pageCacheMb} MB, importer heap ${memory.importerHeapMb} MB.`,
  );
  const report = await importSyntheticGraph(target, entities, 42, log);
  log(
    `IMPORT ${report.entities} entities: import step ${seconds(report.importMs)} (${perSecond(report.entities / (report.importMs / 1000))} entities), CSV ${seconds(report.csvMs)}, indexes ${seconds(report.schemaMs)}, total ${seconds(report.totalMs)} (${perSecond(report.entities / (report.totalMs / 1000))} entities).`,
  );
  log(
    `STORE on disk with its indexes and transaction log: ${bytes(sizeOnDisk(path.join(dataDir, 'data')))}.`,
  );
  const sample = sampleEntities(requests);

  neo4j = await start();
  const db = openDatabase({ uri: neo4j.uri, user: neo4j.user, password });
  const server = benchApp(db).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const overviews: number[] = [];
    for (let i = 0; i < 5; i++) overviews.push(await timed(`${base}/api/overview`));
    log(
      `OVERVIEW first after start ${ms(overviews[0]!)}, then median ${ms(median(overviews.slice(1)))}.`,
    );
    const hubs = (await (await fetch(`${base}/api/graph?limit=40`)).json()) as {
      nodes: { id: string }[];
    };
    const searches = sample.map((entity, index) => {
      // Whole names, and the first letters of one, as people type them.
      const text = index % 2 === 0 ? entity.name : entity.name.slice(0, 4);
      return `${base}/api/search?q=${encodeURIComponent(text)}`;
    });
    const search = await oneAtATime(searches);
    log(`SEARCH p50 ${ms(search.p50)}, p95 ${ms(search.p95)}, max ${ms(search.max)}.`);
    log(`  slowest: ${search.slowest.join('; ')}`);
    const hops = await oneAtATime(
      [...sample.map((entity) => entity.id), ...hubs.nodes.map((node) => node.id)].map(
        (id) => `${base}/api/nodes/${encodeURIComponent(id)}/neighbors?depth=1`,
      ),
    );
    log(`1-HOP p50 ${ms(hops.p50)}, p95 ${ms(hops.p95)}, max ${ms(hops.max)}.`);
    log(`  slowest: ${hops.slowest.join('; ')}`);
  } finally {
    server.close();
    await db.close();
  }
} finally {
  await neo4j?.stop();
  if (values.keep) log(`KEPT the store in ${dataDir} (password ${password}).`);
  else rmSync(dataDir, { recursive: true, force: true });
}
