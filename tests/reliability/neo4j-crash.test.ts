import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { prepareDatabase } from '../../server/data-readiness.ts';
import { connectNeo4j, type Connection } from '../../server/neo4j/connect.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'explorer-crash-'));
const dataDir = path.join(scratch, 'data');
let connection: Connection;
let server: ReturnType<ReturnType<typeof createApp>['listen']>;
let baseUrl: string;
const log: string[] = [];

beforeAll(async () => {
  const config = loadConfig({
    NEO4J_DATA_DIR: dataDir,
    NEO4J_CREDENTIALS_FILE: path.join(scratch, 'credentials'),
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_HEAP_MB: '384',
    NEO4J_PAGECACHE_MB: '64',
  });
  connection = await connectNeo4j(config, (message) => log.push(message));
  const data = loadSeedData();
  await prepareDatabase(connection.db, data, () => {});
  const app = createApp({
    db: connection.db,
    databaseState: connection.state,
  });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await connection?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The embedded Neo4j's process id, found by the data folder on its command line. */
function neo4jPid(): number {
  const out = execFileSync('pgrep', ['-f', `explorer.EmbeddedNeo4j --home ${dataDir}`], {
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n')[0]);
}

/** Whether a process with this id exists (a zombie not yet reaped counts). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function call(method: string, route: string, body?: unknown, timeoutMs?: number) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

describe('the embedded Neo4j killed with SIGKILL', () => {
  it('when it dies mid-traffic, then health says recovering (503, Retry-After), it comes back by itself, and committed views survive', async () => {
    const saved = await call('POST', '/api/views', {
      title: 'Survives a crash',
      cypher: 'MATCH (n:Entity) RETURN n LIMIT 3',
    });
    expect(saved.status).toBe(201);

    const firstPid = neo4jPid();
    // A request in flight when Neo4j dies gets an answer, never a hang or a crash of the app.
    const inFlight = call('GET', '/api/graph');
    process.kill(firstPid, 'SIGKILL');
    // Dying takes a moment for a JVM ranked below the app (nice 10): until it is gone, it may
    // still answer a health check. Gone means reaped, so the app has seen the exit.
    await vi.waitFor(() => expect(isRunning(firstPid)).toBe(false), {
      timeout: 30_000,
      interval: 20,
    });

    const seen = new Set<string>();
    await vi.waitFor(
      async () => {
        // A check that began before the app saw the exit waits on its ping; the next one, asked
        // meanwhile, must see the restart, which a ping waiting out its connection timeout
        // could otherwise span whole.
        const health = await call('GET', '/api/health', undefined, 1_000);
        seen.add(health.body?.status ?? health.body?.error?.code);
        if (health.status === 503) {
          expect(health.headers.get('retry-after')).toBe('5');
          expect(JSON.stringify(health.body)).not.toMatch(/\n\s+at /);
        }
        expect(health.status).toBe(200);
      },
      { timeout: 90_000, interval: 200 },
    );
    expect([...seen]).toContain('recovering');
    // Read after the health checks: the driver may retry it until the new Neo4j answers.
    const during = await inFlight;
    expect([200, 503]).toContain(during.status);
    expect(neo4jPid()).not.toBe(firstPid);
    expect(log.some((line) => /ended unexpectedly|stopped answering/.test(line))).toBe(true);

    const view = await call('GET', `/api/views/${saved.body.view.id}`);
    expect(view.status).toBe(200);
    expect(view.body.view.title).toBe('Survives a crash');
    const graph = await call('GET', '/api/graph');
    expect(graph.body.nodes).toHaveLength(45);
  });

  it('when it dies in the middle of a write, then the write either committed whole or failed with a reason, and the app goes on', async () => {
    const write = call('POST', '/api/views', {
      title: 'Written while Neo4j dies',
      cypher: 'MATCH (n:Entity) RETURN n LIMIT 1',
    });
    process.kill(neo4jPid(), 'SIGKILL');
    const answer = await write;
    // Saved (201), or refused with a reason: 503 while Neo4j is away, or 408 when the check
    // that runs the view's Cypher first met the dead connection past its time limit.
    if (answer.status !== 201) {
      expect([408, 503]).toContain(answer.status);
      expect(answer.body.error.message).not.toMatch(/\n\s+at /);
    }
    await vi.waitFor(async () => expect((await call('GET', '/api/health')).status).toBe(200), {
      timeout: 90_000,
      interval: 250,
    });
    const listed = await call('GET', '/api/views');
    const matches = listed.body.views.filter(
      (view: any) => view.title === 'Written while Neo4j dies',
    );
    expect(matches).toHaveLength(answer.status === 201 ? 1 : 0);
  });

  it('when it runs again after the crashes, then it and its session run at nice 10, below the server', () => {
    const pid = neo4jPid();
    // Field 19 of stat is the nice value; fields are counted after the command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    expect(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])).toBe(10);
    // Neo4j leads a session of its own, and Linux shares the cores between sessions first.
    expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8')).toMatch(/ nice 10$/m);
  });
});
