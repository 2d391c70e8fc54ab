import neo4j, { type Config, type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { AppError, StartupError } from '../errors.ts';
import { loadCypherCatalog, splitStatements, type CypherCatalog } from './cypher-files.ts';
import { mapRows, type PlainRow } from './map-rows.ts';
import { isConnectionLoss, memoryCodes } from './neo4j-error-codes.ts';
import { toNeo4jParams } from './neo4j-params.ts';
import { useNoDelaySockets } from './no-delay.ts';
import { toPlain } from './plain-values.ts';
import { QueryPool } from './query-pool.ts';
import type { QueryName, RowOf, SchemaFile } from './query-registry.ts';
import { queryTextsOf } from './query-texts.ts';
import type { QueryLimits } from './read-only-query.ts';

export type { QueryLimits } from './read-only-query.ts';
export type { QueryName, RowOf } from './query-registry.ts';
export type { Cell, QueryPayload } from './result-shape.ts';
import type { QueryPayload } from './result-shape.ts';

/** Where and how to connect. */
export interface ConnectionOptions {
  uri: string;
  user: string;
  password: string;
  /** Empty or undefined: the server's default database. */
  database?: string;
  /** Time budget of a named read unless the call gives its own, ms (15 s when not given). */
  readTimeoutMs?: number;
}

/** A read-only query's answer: its QueryPayload as JSON, already serialised off the main thread. */
export interface QueryAnswer {
  json: Uint8Array;
}

/** Reads a QueryAnswer back into its payload (tests and small internal uses). */
export function parseAnswer(answer: QueryAnswer): QueryPayload {
  return JSON.parse(new TextDecoder().decode(answer.json)) as QueryPayload;
}
export type Params = Record<string, unknown>;

/** What a write did, as Neo4j counted it. */
export type WriteCounters = Record<string, number>;

/** A write's checked rows and what it changed. */
export interface WriteResult<N extends QueryName> {
  rows: RowOf<N>[];
  counters: WriteCounters;
}

/** One named query inside a transaction of Database.transaction. */
export type TransactionStep = <N extends QueryName>(
  name: N,
  params?: Params,
) => Promise<WriteResult<N>>;

/**
 * The one door to Neo4j: runs the app's named queries from cypher/ and hands back their rows
 * checked and typed (query-registry.ts). Nothing outside server/neo4j/ imports neo4j-driver.
 */
export interface Database {
  /**
   * Runs a named read query in a read transaction, answered by a 504 AppError once `timeoutMs`
   * (the connection's readTimeoutMs, or 15 s, unless given) has passed.
   */
  read<N extends QueryName>(
    name: N,
    params?: Params,
    options?: { timeoutMs?: number },
  ): Promise<RowOf<N>[]>;
  /** Runs a named write query in one write transaction. */
  write<N extends QueryName>(name: N, params?: Params): Promise<WriteResult<N>>;
  /** Runs each named write query in order inside ONE transaction (all or nothing). */
  writeAll(steps: { name: QueryName; params?: Params }[]): Promise<WriteCounters>;
  /**
   * Runs `work` in ONE write transaction whose named queries may read and write, for changes
   * that depend on what they read (all or nothing). Neo4j may run `work` again after a
   * transient failure, so it must only act through `step`.
   */
  transaction<T>(work: (step: TransactionStep) => Promise<T>): Promise<T>;
  /**
   * Runs Cypher text a person wrote or saved, read-only by construction, with a timeout and a
   * record cap; answers its graph part and its table part.
   */
  readOnlyQuery(cypher: string, params: Params, limits: QueryLimits): Promise<QueryAnswer>;
  /** Runs a file of schema statements, one auto-commit transaction each (Neo4j forbids mixing). */
  applySchema(name: SchemaFile): Promise<number>;
  /** Resolves when the server answers; rejects with a 503 AppError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const defaultReadTimeoutMs = 15_000;

/** How the app's drivers talk to Neo4j (the main one and each query worker's). */
export const driverConfig: Config = {
  // Integers arrive as neo4j Integers and are converted once, in toPlain.
  disableLosslessIntegers: false,
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 10_000,
  connectionTimeout: 5_000,
  // Retrying a failed transaction for the default 30 s would leave the page waiting; an
  // explorer should say "unavailable" quickly and let the person retry.
  maxTransactionRetryTime: 3_000,
  userAgent: 'ecosystem-explorer',
  // Graph answers come as a few large rows or parts of 250 (whole-graph.cypher); a fetch
  // size of 1,000 records streams them in one batch.
  fetchSize: 1_000,
};

/**
 * Checks that every query file the server uses is there and holds Cypher (a StartupError naming
 * the file otherwise), then makes the driver; no connection is tried until the first query.
 */
export function openDatabase(
  options: ConnectionOptions,
  catalog: CypherCatalog = loadCypherCatalog(),
): Database {
  const texts = queryTextsOf(catalog);
  useNoDelaySockets();
  let driver: Driver;
  try {
    driver = neo4j.driver(
      options.uri,
      neo4j.auth.basic(options.user, options.password),
      driverConfig,
    );
  } catch (error) {
    throw new StartupError(`Invalid NEO4J_URI ${options.uri}: ${(error as Error).message}`);
  }
  const database = options.database || undefined;
  // People's Cypher runs in worker threads, started on first use.
  const queries = new QueryPool({
    connection: options,
    queries: {
      endpoints: texts['query/nodes-by-element-id'],
      builtinFunctions: texts['query/builtin-functions'],
    },
  });
  const rows = (result: QueryResult<RecordShape>): PlainRow[] =>
    result.records.map((record) => {
      const row: PlainRow = {};
      for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
      return row;
    });

  return {
    async read(name, params = {}, readOptions = {}) {
      const query = texts[name];
      const budgetMs = readOptions.timeoutMs ?? options.readTimeoutMs ?? defaultReadTimeoutMs;
      // Neo4j cuts the transaction at the same budget, but only when its monitor next looks
      // (every 2 s): the answer does not wait for that, and the cut frees the connection.
      const plain = await withinBudget(
        budgetMs,
        guard(async () => {
          const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
          try {
            return await session.executeRead(
              (tx) => tx.run(query, toNeo4jParams(params) as Params).then(rows),
              { timeout: budgetMs },
            );
          } finally {
            await session.close();
          }
        }),
      );
      return mapRows(name, plain);
    },
    async write(name, params = {}) {
      const query = texts[name];
      const written = await guard(async () => {
        const session = driver.session({ database });
        try {
          return await session.executeWrite(async (tx) => {
            const result = await tx.run(query, toNeo4jParams(params) as Params);
            return { rows: rows(result), counters: countersOf(result) };
          });
        } finally {
          await session.close();
        }
      });
      return { rows: mapRows(name, written.rows), counters: written.counters };
    },
    async writeAll(steps) {
      const queries = steps.map((step) => ({
        query: texts[step.name],
        params: toNeo4jParams(step.params ?? {}) as Params,
      }));
      return guard(async () => {
        const session = driver.session({ database });
        try {
          return await session.executeWrite(async (tx) => {
            const total: WriteCounters = {};
            for (const step of queries) {
              const result = await tx.run(step.query, step.params);
              for (const [key, value] of Object.entries(countersOf(result))) {
                total[key] = (total[key] ?? 0) + value;
              }
            }
            return total;
          });
        } finally {
          await session.close();
        }
      });
    },
    async transaction(work) {
      return guard(async () => {
        const session = driver.session({ database });
        try {
          return await session.executeWrite((tx) =>
            work(async (name, params = {}) => {
              const result = await tx.run(texts[name], toNeo4jParams(params) as Params);
              // Checked inside the transaction: a row it cannot use rolls the whole change back.
              return { rows: mapRows(name, rows(result)), counters: countersOf(result) };
            }),
          );
        } finally {
          await session.close();
        }
      });
    },
    async readOnlyQuery(cypher, params, limits) {
      return { json: await queries.run(cypher, params, limits) };
    },
    async applySchema(name) {
      const statements = splitStatements(texts[name]);
      return guard(async () => {
        const session = driver.session({ database });
        try {
          for (const statement of statements) await session.run(statement);
          return statements.length;
        } finally {
          await session.close();
        }
      });
    },
    async ping() {
      await guard(() => driver.verifyConnectivity({ database }));
    },
    async close() {
      await queries.close();
      await driver.close();
    },
  };
}

function countersOf(result: QueryResult<RecordShape>): WriteCounters {
  const updates = Object.entries(result.summary.counters.updates());
  return Object.fromEntries(updates.filter(([, value]) => value > 0));
}

/** `work`'s answer, or the 504 a query past its budget gets, whichever comes first. */
async function withinBudget<T>(budgetMs: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(queryTimeout()), budgetMs);
  });
  // Whatever the abandoned query ends in later is no one's to handle.
  work.catch(() => {});
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function queryTimeout(cause?: unknown): AppError {
  return new AppError(504, 'query_timeout', 'The query took too long and was cancelled.', {
    cause,
  });
}

/** Maps driver failures to errors the API can answer with; the cause stays in the server log. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // Judged by the driver's code and the socket's, never by words in the message: a query that
    // merely mentions "disconnected" is the person's error, not an outage.
    if (isConnectionLoss(error)) {
      throw new AppError(
        503,
        'database_unavailable',
        'Neo4j cannot be reached right now; the explorer retries by itself. Check that the database is running.',
        { cause: error },
      );
    }
    // Neo4j's transient errors (its database restarting, a deadlock, a leader switch) outlast the
    // driver's retries only while it is not itself: say so, as for an outage.
    if (code.startsWith('Neo.TransientError.') && !memoryCodes.has(code)) {
      throw new AppError(
        503,
        'database_unavailable',
        'Neo4j is busy or restarting; try again in a few seconds.',
        { cause: error },
      );
    }
    if (memoryCodes.has(code)) {
      throw new AppError(
        422,
        'query_memory_limit',
        'The query needed more memory than one query may use; ask for less (a LIMIT, fewer hops).',
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Security.Unauthorized') {
      throw new AppError(
        503,
        'database_login_refused',
        "Neo4j refused the explorer's login: check NEO4J_USER and NEO4J_PASSWORD.",
        { cause: error },
      );
    }
    // Plain TransactionTimedOut is the server's limit; ...ClientConfiguration, the one asked for.
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      throw queryTimeout(error);
    }
    throw error;
  }
}
