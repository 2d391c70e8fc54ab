import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createApp, defaultClientDir } from '../../server/app.ts';
import { closeSharedExportHost } from '../../server/export/export-host.ts';
import { openDatabase } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startThrowawayNeo4j } from './throwaway-neo4j.ts';

/**
 * Starts what a person would have after `npm start`: a seeded Neo4j and the app serving the
 * built page, on free ports.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(defaultClientDir)) {
    throw new Error('The client is not built: run `npm run build` before the browser tests.');
  }
  const neo4j = await startThrowawayNeo4j();
  const db = openDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  const data = loadSeedData();
  await seedDatabase(db, data);
  const app = createApp({
    db,
    clientDir: defaultClientDir,
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  project.provide('boltUri', neo4j.uri);
  project.provide('boltPassword', neo4j.password);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    // GET /api/export starts a Chromium inside this process; it must not outlive the run.
    await closeSharedExportHost();
    server.closeAllConnections();
    server.close();
    await db.close();
    await neo4j.stop();
  };
}
