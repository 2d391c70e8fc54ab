import { parentPort, workerData } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import { yieldCoresFromThisThread } from '../cpu-share.ts';
import { AppError } from '../errors.ts';
import { driverConfig, guard, type ConnectionOptions } from './database.ts';
import { toNeo4jParams } from './neo4j-params.ts';
import { runReadOnlyQuery, type QueryLimits, type SandboxQueries } from './read-only-query.ts';

/**
 * Runs people's Cypher off the main thread: the driver decodes the records here, they are
 * converted and serialised to JSON here, and only the finished bytes cross to the main thread
 * (transferred, not copied). A huge answer or a runaway conversion can then slow this thread
 * alone, and the main thread can end it at its deadline.
 */

export interface WorkerSetup {
  connection: ConnectionOptions;
  /** The sandbox's own queries, passed in so the worker reads no files. */
  queries: SandboxQueries;
}

export interface QueryJob {
  id: number;
  cypher: string;
  params: Record<string, unknown>;
  limits: QueryLimits;
}

export type JobResult =
  | { id: number; ok: true; json: Uint8Array }
  | {
      id: number;
      ok: false;
      status: number;
      code: string;
      message: string;
      details?: Record<string, unknown>;
    };

yieldCoresFromThisThread();

const setup = workerData as WorkerSetup;
const driver = neo4j.driver(
  setup.connection.uri,
  neo4j.auth.basic(setup.connection.user, setup.connection.password),
  driverConfig,
);
const database = setup.connection.database || undefined;

async function answer(job: QueryJob): Promise<JobResult> {
  try {
    const payload = await guard(() =>
      runReadOnlyQuery(
        driver,
        database,
        job.cypher,
        toNeo4jParams(job.params) as Record<string, unknown>,
        job.limits,
        setup.queries,
      ),
    );
    const json = new TextEncoder().encode(JSON.stringify(payload));
    if (json.byteLength > job.limits.maxBytes) {
      throw new AppError(
        413,
        'answer_too_large',
        `The answer would be ${(json.byteLength / 1e6).toFixed(1)} MB, over the ${(job.limits.maxBytes / 1e6).toFixed(0)} MB limit: return fewer rows or fewer properties.`,
      );
    }
    return { id: job.id, ok: true, json };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        id: job.id,
        ok: false,
        status: error.status,
        code: error.code,
        message: error.message,
        details: error.details,
      };
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`[query worker] ${message}`);
    return {
      id: job.id,
      ok: false,
      status: 500,
      code: 'internal_error',
      message: 'Something went wrong on the server; its log has the details.',
    };
  }
}

// Loaded and compiled: jobs may come, and their deadlines start only now.
parentPort?.postMessage('ready');

parentPort?.on('message', (message: QueryJob | 'close') => {
  if (message === 'close') {
    void driver.close().finally(() => process.exit(0));
    return;
  }
  void answer(message).then((result) =>
    parentPort?.postMessage(result, result.ok ? [result.json.buffer as ArrayBuffer] : []),
  );
});
