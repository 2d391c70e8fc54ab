import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp, type SecurityOptions } from '../../server/app.ts';
import { openDatabase, type Database, type QueryLimits } from '../../server/neo4j/database.ts';
import type { RateLimits } from '../../server/security/rate-limits.ts';
import { seededNeo4jForWriting } from './own-neo4j.ts';

export interface TestApp {
  db: Database;
  /** The Neo4j the app talks to: the suite's shared one, or its own (`ownNeo4j`). */
  neo4j: { uri: string; password: string };
  /** http://127.0.0.1:<port>, for requests get() does not cover. */
  baseUrl: string;
  /**
   * GETs a path of the API and returns status and parsed body. The body is left untyped on
   * purpose: tests assert its shape instead of trusting it.
   */
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Sends a JSON body (or none) with any method; same answer shape as get. */
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** The Neo4j to use; the suite's seeded one unless given. */
  neo4j?: { uri: string; password: string };
  /**
   * Start a seeded Neo4j for this app alone, stopped on close(): for test files that write, or
   * that fingerprint the whole database, so files running beside them cannot disturb them.
   */
  ownNeo4j?: boolean;
  queryLimits?: Partial<QueryLimits>;
  /** Time budget of the app's own named reads, ms (the database's 15 s unless given). */
  readTimeoutMs?: number;
  rateLimits?: RateLimits;
  /** Sign-in, host and origin rules; the app's loopback defaults (sign-in off) unless given. */
  security?: Partial<SecurityOptions>;
  /** Serve the built page too (npm test builds it before the suites run). */
  clientDir?: string;
}

/** The real app on port 0, talking to the suite's seeded Neo4j (or the one given). */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const own = options.ownNeo4j ? await seededNeo4jForWriting() : null;
  const neo4j = own ??
    options.neo4j ?? { uri: inject('boltUri'), password: inject('boltPassword') };
  const db = openDatabase({
    uri: neo4j.uri,
    user: 'neo4j',
    password: neo4j.password,
    readTimeoutMs: options.readTimeoutMs,
  });
  const app = createApp({
    db,
    queryLimits: options.queryLimits,
    rateLimits: options.rateLimits,
    security: options.security,
    clientDir: options.clientDir,
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const send: TestApp['send'] = async (method, path, body, headers = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      headers: response.headers,
    };
  };
  return {
    db,
    neo4j: { uri: neo4j.uri, password: neo4j.password },
    baseUrl,
    async get(path, headers) {
      const { status, body } = await send('GET', path, undefined, headers);
      return { status, body };
    },
    send,
    async close() {
      server.closeAllConnections();
      server.close();
      await db.close();
      await own?.stop();
    },
  };
}
