import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Database, type QueryLimits } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';

export interface TestApp {
  db: Database;
  /** http://127.0.0.1:<port>, for requests get() does not cover. */
  baseUrl: string;
  /**
   * GETs a path of the API and returns status and parsed body. The body is left untyped on
   * purpose: tests assert its shape instead of trusting it.
   */
  get(path: string): Promise<{ status: number; body: any }>;
  /** Sends a JSON body (or none) with any method; same answer shape as get. */
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** The real app on port 0, talking to the suite's seeded Neo4j. */
export async function startTestApp(
  boltUri = inject('boltUri'),
  queryLimits?: QueryLimits,
): Promise<TestApp> {
  const db = openDatabase({ uri: boltUri, user: 'neo4j', password: '' });
  const data = loadSeedData();
  const app = createApp({
    db,
    sources: [data.source],
    articles: { [data.source.id]: data.article },
    queryLimits,
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    db,
    baseUrl: `http://127.0.0.1:${port}`,
    async get(path) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, body: await response.json() };
    },
    async send(method, path, body) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      server.close();
      await db.close();
    },
  };
}
