import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderImportTarget } from '../../server/import/folder-target.ts';
import type { ImportTarget } from '../../server/import/fresh-import.ts';
import { generatePassword } from '../../server/neo4j/credentials.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { bulkWrite, seedDatabase } from '../../server/seed/seed-database.ts';
import { importSyntheticGraph } from '../../server/seed/synthetic/synthetic-bulk.ts';
import {
  generateSyntheticGraph,
  SYNTHETIC_SOURCE,
} from '../../server/seed/synthetic/synthetic-graph.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

// The same small synthetic graph reaches two databases of their own: one through the app's
// online bulkWrite (as `npm run seed:synthetic` fills a fresh explorer), one through the offline
// importer (`--bulk`). The app must answer the same from both.
const entities = 2_000;
const seed = 11;
const graph = generateSyntheticGraph(entities, seed);

let online: ThrowawayNeo4j;
let imported: ThrowawayNeo4j;
let onlineApp: TestApp;
let importedApp: TestApp;
let importedDir: string;
let importedPassword: string;
let importedPort: number;

/** The import target of the test: a data folder of its own, started like the throwaway Neo4j. */
function targetFor(dataDir: string, boltPort: number, password: string): ImportTarget {
  return folderImportTarget({ dataDir, boltPort, password, heapMb: 384, pageCacheMb: 64 });
}

beforeAll(async () => {
  online = await startThrowawayNeo4j();
  onlineApp = await startTestApp({ neo4j: { uri: online.uri, password: online.password } });
  await seedDatabase(onlineApp.db, loadSeedData());
  await bulkWrite(
    onlineApp.db,
    { sourceId: SYNTHETIC_SOURCE, ...graph },
    { batchSize: 500, inFlight: 2 },
  );

  importedDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-import-'));
  importedPassword = generatePassword();
  importedPort = await findFreePort();
  await importSyntheticGraph(
    targetFor(importedDir, importedPort, importedPassword),
    entities,
    seed,
    () => {},
  );
  imported = await startThrowawayNeo4j({
    dataDir: importedDir,
    port: importedPort,
    password: importedPassword,
  });
  importedApp = await startTestApp({
    neo4j: { uri: imported.uri, password: imported.password },
  });
}, 240_000);

afterAll(async () => {
  await onlineApp?.close();
  await importedApp?.close();
  await online?.stop();
  await imported?.stop();
  if (importedDir) rmSync(importedDir, { recursive: true, force: true });
});

/** Both apps' answers to one GET, side by side. */
async function both(pathAndQuery: string): Promise<[any, any]> {
  const [a, b] = await Promise.all([onlineApp.get(pathAndQuery), importedApp.get(pathAndQuery)]);
  expect(a.status).toBe(200);
  expect(b.status).toBe(200);
  return [a.body, b.body];
}

/** An overview with its groups and links sorted by what they join, counts kept. */
function inKeyOrder(overview: Record<string, unknown>): Record<string, unknown> {
  const key = (item: unknown) => JSON.stringify(item);
  return Object.fromEntries(
    Object.entries(overview).map(([name, value]) => [
      name,
      Array.isArray(value) ? [...value].sort((a, b) => key(a).localeCompare(key(b))) : value,
    ]),
  );
}

const sortedIds = (items: { id: string }[]) => items.map((item) => item.id).sort();

function hubOf(): string {
  const degree = new Map<string, number>();
  for (const rel of graph.relationships) {
    degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
    degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
  }
  return [...degree].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('a synthetic graph filled in by the offline importer', () => {
  it('when the overview is asked, then it counts what the online bulk write gives', async () => {
    const [fromOnline, fromImport] = await both('/api/overview');
    // Groups and links of equal count come in storage order, which the two paths need not share.
    expect(inKeyOrder(fromImport)).toEqual(inKeyOrder(fromOnline));
    // The article and every synthetic fact, not an empty answer twice.
    expect(fromImport.relationships).toBeGreaterThan(graph.relationships.length);
  });

  it("when a hub's neighbors are asked, then both answer the same entities and relationships", async () => {
    const hub = hubOf();
    const [fromOnline, fromImport] = await both(
      `/api/nodes/${encodeURIComponent(hub)}/neighbors?depth=1&limit=1000`,
    );
    expect(fromImport.nodes.length).toBeGreaterThan(20);
    expect(sortedIds(fromImport.nodes)).toEqual(sortedIds(fromOnline.nodes));
    expect(sortedIds(fromImport.edges)).toEqual(sortedIds(fromOnline.edges));
    const byId = new Map(fromOnline.edges.map((edge: { id: string }) => [edge.id, edge]));
    for (const edge of fromImport.edges) expect(edge).toEqual(byId.get(edge.id));
  });

  it('when a funding round is opened, then its properties, types and evidence are the same', async () => {
    const round = graph.nodes.find((node) => node.properties.currency === 'USD')!;
    const [fromOnline, fromImport] = await both(`/api/nodes/${encodeURIComponent(round.id)}`);
    expect(fromImport).toEqual(fromOnline);
    expect(JSON.stringify(fromImport)).toContain(String(round.properties.amount));
  });

  it('when an entity is searched by name, then the full-text index finds it', async () => {
    const person = graph.nodes.find((node) => node.labels.includes('Person'))!;
    const [fromOnline, fromImport] = await both(`/api/search?q=${encodeURIComponent(person.name)}`);
    expect(fromImport.nodes.map((hit: { id: string }) => hit.id)).toContain(person.id);
    expect(fromImport).toEqual(fromOnline);
  });
});

// Each case starts Neo4j two or three times and runs the importer's JVM: minutes on a busy runner.
describe('the offline import into a folder that is not new', () => {
  it('when the database already holds data, then it stops with one line that says what to do', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-import-'));
    const port = await findFreePort();
    const password = generatePassword();
    const target = targetFor(dataDir, port, password);
    try {
      // A database the app has written to, however little.
      const first = await target.open();
      await seedDatabase(first.db, loadSeedData());
      await first.close();
      await expect(importSyntheticGraph(target, 100, seed, () => {})).rejects.toThrow(
        /^The database in .+ already holds [\d,]+ nodes: the offline import only fills a new database; set NEO4J_DATA_DIR to a new folder/,
      );
      const check = await target.open();
      const [row] = await check.db.read('seed/count-entities');
      await check.close();
      expect(row?.count).toBe(loadSeedData().nodes.length);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('when Neo4j was started on the folder but holds nothing, then the import fills it', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-import-'));
    const target = targetFor(dataDir, await findFreePort(), generatePassword());
    try {
      // As a first start with SEED_ON_START=false leaves it: a store with the schema, no nodes.
      const first = await target.open();
      await first.db.applySchema('schema');
      await first.close();
      const report = await importSyntheticGraph(target, 100, seed, () => {});
      const check = await target.open();
      const [row] = await check.db.read('seed/count-entities');
      await check.close();
      expect(row?.count).toBe(report.entities + loadSeedData().nodes.length);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('when its Neo4j is running, then it stops before touching the folder', async () => {
    const dataDir = online.dataDir;
    const target = targetFor(dataDir, online.port, online.password);
    await expect(importSyntheticGraph(target, 100, seed, () => {})).rejects.toThrow(
      /^Neo4j is running on .+: stop the explorer first/,
    );
    const { body } = await onlineApp.get('/api/overview');
    expect(body.relationships).toBeGreaterThan(graph.relationships.length);
  });
});
