import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartupError } from '../../server/errors.ts';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded-process.ts';
import { requireJava } from '../../server/neo4j/java-runtime.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';

describe('embedded Neo4j start-up errors', () => {
  let blocker: net.Server;
  let busyPort: number;
  beforeAll(async () => {
    busyPort = await findFreePort();
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(busyPort, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('when the Bolt port is busy, then start-up fails with one line naming the port and the fix', async () => {
    const attempt = startEmbeddedNeo4j({
      dataDir: '/tmp/explorer-never-used',
      password: 'never-used-password-0123456789',
      boltPort: busyPort,
      heapMb: 256,
      pageCacheMb: 64,
    });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(
      new RegExp(`^Port ${busyPort} is busy .*set NEO4J_BOLT_PORT`),
    );
  });

  it('when JAVA_HOME points at no Java, then the message says to install a JDK or set NEO4J_URI', () => {
    expect(() => requireJava({ JAVA_HOME: '/nonexistent-jdk' })).toThrow(
      /^Java 17\+ not found .*install a JDK 17\+ or set NEO4J_URI/,
    );
  });
});
