import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'explorer-stop-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  output: () => string;
  baseUrl: string;
  exited: Promise<number | null>;
}

/** `npm start`'s server, as a process of its own with its own embedded Neo4j folder. */
async function startExplorer(env: Record<string, string>): Promise<Running> {
  const port = await findFreePort();
  let output = '';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'server', 'index.ts')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_DATA_DIR: path.join(scratch, 'data'),
        NEO4J_CREDENTIALS_FILE: path.join(scratch, 'credentials'),
        NEO4J_HEAP_MB: '384',
        NEO4J_PAGECACHE_MB: '64',
        ...env,
      },
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start in 120 s:\n${output}`)), 120_000);
    const check = () => {
      if (output.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`exited:\n${output}`)));
  });
  return { child, output: () => output, baseUrl: `http://127.0.0.1:${port}`, exited };
}

describe('npm start, configured, and stopped with SIGTERM', () => {
  it('when started with QUERY_ROW_CAP, SEED_ON_START and a bolt port, then each takes effect; SIGTERM mid-write lets the write finish and the data stays', async () => {
    const boltPort = String(await findFreePort());
    const first = await startExplorer({ QUERY_ROW_CAP: '3', NEO4J_BOLT_PORT: boltPort });
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

    const second = await startExplorer({ SEED_ON_START: 'false', NEO4J_BOLT_PORT: boltPort });
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
