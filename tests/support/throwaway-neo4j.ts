import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePassword } from '../../server/neo4j/credentials.ts';
import { ensureEmbeddedInstalled } from '../../server/neo4j/embedded-install.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded-process.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';

export interface ThrowawayNeo4j extends EmbeddedNeo4j {
  port: number;
  dataDir: string;
  /** The same server through a `neo4j://` routing URI, the way Aura and cluster users connect. */
  routingUri: string;
}

/**
 * A real, password-protected Neo4j 5.26 in a temporary folder on a free port, for one test run.
 * `stop()` shuts it down and deletes its files.
 */
export async function startThrowawayNeo4j(
  options: { port?: number; dataDir?: string; password?: string } = {},
): Promise<ThrowawayNeo4j> {
  await ensureEmbeddedInstalled((message) => console.log(message));
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'explorer-neo4j-'));
  const boltPort = options.port ?? (await findFreePort());
  const instance = await startEmbeddedNeo4j({
    dataDir,
    boltPort,
    heapMb: 384,
    pageCacheMb: 64,
    password: options.password ?? generatePassword(),
  });
  return {
    ...instance,
    port: boltPort,
    dataDir,
    routingUri: `neo4j://127.0.0.1:${boltPort}`,
    async stop() {
      await instance.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
