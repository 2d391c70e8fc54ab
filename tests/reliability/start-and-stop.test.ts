import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../server/neo4j/port-check.ts';
import { startExplorerProcess, type ExplorerProcess } from '../support/explorer-process.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'explorer-stop-'));
const started: ExplorerProcess[] = [];
afterAll(() => {
  // A failed assertion must not leave an explorer and its Neo4j running.
  for (const explorer of started) explorer.child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm start, configured, and stopped with SIGTERM', () => {
  it('when started with QUERY_ROW_CAP, SEED_ON_START and a bolt port, then each takes effect; SIGTERM mid-write lets the write finish and the data stays', async () => {
    const boltPort = String(await findFreePort());
    const first = await startExplorerProcess(scratch, {
      QUERY_ROW_CAP: '3',
      NEO4J_BOLT_PORT: boltPort,
    });
    started.push(first);
    expect(first.output()).toMatch(/Sign-in is off/);
    const capped = await fetch(`${first.baseUrl}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: 'MATCH (n:Entity) RETURN n.id' }),
    });
    const cappedBody = (await capped.json()) as { rows: unknown[]; truncated: boolean };
    expect(cappedBody.rows).toHaveLength(3);
    expect(cappedBody.truncated).toBe(true);

    // A write whose body is still arriving when the stop is asked for: it must finish, not be cut.
    const body = JSON.stringify({
      title: 'Saved as the app stops',
      cypher: 'MATCH (n:Entity) RETURN n LIMIT 1',
    });
    const request = http.request(`${first.baseUrl}/api/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<number>((resolve, reject) => {
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    await new Promise((resolve) =>
      request.once('socket', (socket) => socket.once('connect', resolve)),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    first.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    request.end(body.slice(10));
    expect(await answered).toBe(201);
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped. The data stays in place');

    const second = await startExplorerProcess(scratch, {
      SEED_ON_START: 'false',
      NEO4J_BOLT_PORT: boltPort,
    });
    started.push(second);
    try {
      expect(second.output()).toContain('SEED_ON_START is false');
      const views = (await (await fetch(`${second.baseUrl}/api/views`)).json()) as {
        views: { title: string }[];
      };
      expect(views.views.map((view) => view.title)).toContain('Saved as the app stops');
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});
