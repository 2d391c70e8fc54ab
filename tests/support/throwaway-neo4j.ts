import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureEmbeddedInstalled } from '../../server/neo4j/embedded-install.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded-process.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';

export interface ThrowawayNeo4j extends EmbeddedNeo4j {
  port: number;
  dataDir: string;
}

/**
 * A real Neo4j 5.26 in a temporary folder on a free port, for one test run. `stop()` shuts it
 * down and deletes its files.
 */
export async function startThrowawayNeo4j(port?: number): Promise<ThrowawayNeo4j> {
  await ensureEmbeddedInstalled((message) => console.log(message));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-neo4j-'));
  const boltPort = port ?? (await findFreePort());
  const instance = await startEmbeddedNeo4j({ dataDir, boltPort, heapMb: 384, pageCacheMb: 64 });
  return {
    ...instance,
    port: boltPort,
    dataDir,
    async stop() {
      await instance.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
