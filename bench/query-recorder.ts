import type { AddressInfo } from 'node:net';
import { loadCypherCatalog } from '../server/neo4j/cypher-files.ts';
import { openDatabase, type Database } from '../server/neo4j/database.ts';
import { benchApp } from './app-wiring.ts';
import { BenchError } from './bench-error.ts';
import { benchLogin } from './bench-credentials.ts';

/** One query the app sent to Neo4j: its text and parameters, as the app had them. */
export interface RecordedQuery {
  /** cypher/<name> for named queries, `ad hoc` for a view's own text. */
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** An HTTP request to replay. */
export interface RecordedRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** Passes every call on to `inner`, noting the Cypher of each read into `sink.queries`. */
function recording(inner: Database, sink: { queries: RecordedQuery[] }): Database {
  const catalog = loadCypherCatalog();
  return {
    ...inner,
    read(name, params = {}) {
      sink.queries.push({ name, cypher: catalog.get(name) ?? '', params });
      return inner.read(name, params);
    },
    readOnlyQuery(cypher, params, limits) {
      sink.queries.push({ name: 'ad hoc', cypher, params });
      return inner.readOnlyQuery(cypher, params, limits);
    },
  };
}

/** Per request: the queries the app ran, and how long it took alone (one client, no load). */
export interface Recording {
  queries: RecordedQuery[][];
  aloneMs: number[];
}

/**
 * Sends each request once, one at a time, to an in-process copy of the app whose database notes
 * every query, and answers per request the queries the app ran for it (the driver floor replays
 * exactly those, whatever the routes and services do today) and its time without load.
 */
export async function recordQueries(
  boltUri: string,
  requests: RecordedRequest[],
  onProgress: (done: number) => void,
): Promise<Recording> {
  const db = openDatabase({ uri: boltUri, ...benchLogin });
  const sink = { queries: [] as RecordedQuery[] };
  const server = benchApp(recording(db, sink)).listen(0, '127.0.0.1');
  try {
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const recorded: RecordedQuery[][] = [];
    const aloneMs: number[] = [];
    for (const request of requests) {
      sink.queries = [];
      const sent = performance.now();
      const response = await fetch(`${base}${request.path}`, {
        method: request.method,
        body: request.body,
        headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
      });
      if (!response.ok) {
        throw new BenchError(
          `${request.method} ${request.path} answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
        );
      }
      await response.arrayBuffer();
      aloneMs.push(performance.now() - sent);
      recorded.push(sink.queries);
      if (recorded.length % 100 === 0 && recorded.length < requests.length) {
        onProgress(recorded.length);
      }
    }
    return { queries: recorded, aloneMs };
  } finally {
    server.closeAllConnections();
    server.close();
    await db.close();
  }
}
