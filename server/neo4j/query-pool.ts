import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import type { JobResult, QueryJob, WorkerSetup } from './query-worker.ts';
import type { QueryLimits } from './read-only-query.ts';
import { ensureWorkerBundle } from '../workers/worker-bundle.ts';

/**
 * A query still running at its time limit plus a fifth (and 0.3 s for the answer's way back) is
 * cut, so the answer comes well within 1.5 x the limit plus a second.
 */
export function hardDeadlineMs(timeoutMs: number): number {
  return Math.round(timeoutMs * 1.2) + 300;
}

interface Running {
  job: QueryJob;
  resolve: (json: Uint8Array) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

/**
 * A worker is replaced after this many queries, or after one answer this large: V8 keeps the heap
 * a big answer grew to, so without it the process's memory only ever rises over a long run.
 */
const queriesPerWorker = 200;
const bigAnswerBytes = 8 * 1024 * 1024;

interface Slot {
  worker: Worker;
  /** Queries answered by this worker. */
  served: number;
  /** Loaded and listening: a job's deadline must not pay for a worker's start. */
  ready: boolean;
  running?: Running;
}

/**
 * Worker threads that run people's Cypher, one query per worker at a time. Neo4j's own timeout
 * is checked between rows; a query that makes one enormous row escapes it, so each query also
 * has a hard deadline here: past it the worker is ended (its connections close, which ends the
 * transaction) and a new one takes its place. The main thread never decodes or serialises
 * these answers, so however big they are, it keeps answering.
 */
export class QueryPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: {
    job: QueryJob;
    resolve: Running['resolve'];
    reject: Running['reject'];
  }[] = [];
  private nextId = 1;
  private closed = false;
  private readonly workerFile: string;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly size = 4,
    /** Heap one worker may use; an answer that needs more ends the worker, not the app. */
    private readonly workerHeapMb = 512,
  ) {
    // At start-up, not on the first query: the bundling is the only main-thread work here.
    this.workerFile = ensureWorkerBundle(
      fileURLToPath(new URL('./query-worker.ts', import.meta.url)),
    );
  }

  /** Runs a query and answers its QueryPayload as JSON bytes. */
  run(cypher: string, params: Record<string, unknown>, limits: QueryLimits): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('The query pool is closed.'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ job: { id: this.nextId++, cypher, params, limits }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new Error('Shutting down.'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.freeSlot();
      if (!slot) return;
      const { job, resolve, reject } = this.waiting.shift()!;
      const timer = setTimeout(() => this.cut(slot), hardDeadlineMs(job.limits.timeoutMs));
      slot.running = { job, resolve, reject, timer };
      slot.worker.postMessage(job);
    }
  }

  /** An idle, ready worker; when none, one more is started (it takes work once ready). */
  private freeSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => slot.ready && !slot.running);
    if (idle) return idle;
    const starting = this.slots.some((slot) => !slot.ready);
    if (!starting && this.slots.length < this.size) {
      const slot: Slot = { worker: this.spawn(), ready: false, served: 0 };
      this.slots.push(slot);
      this.listen(slot);
    }
    return undefined;
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerFile, {
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.workerHeapMb },
    });
    worker.unref();
    return worker;
  }

  private listen(slot: Slot): void {
    slot.worker.on('message', (result: JobResult | 'ready') => {
      if (result === 'ready') {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const running = slot.running;
      if (!running || running.job.id !== result.id) return;
      slot.served += 1;
      const spent =
        slot.served >= queriesPerWorker || (result.ok && result.json.byteLength > bigAnswerBytes);
      if (spent) {
        this.replace(slot);
        this.dispatch();
      } else this.finish(slot);
      if (result.ok) running.resolve(result.json);
      else {
        running.reject(
          new AppError(result.status, result.code, result.message, { details: result.details }),
        );
      }
    });
    slot.worker.on('error', (error: NodeJS.ErrnoException) => {
      const running = slot.running;
      this.replace(slot);
      running?.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError(
              413,
              'answer_too_large',
              'The answer needed more memory than one answer may use: return fewer rows or smaller values.',
            )
          : error,
      );
    });
  }

  /** The query ran past its deadline: end its worker and answer 408. */
  private cut(slot: Slot): void {
    const running = slot.running;
    if (!running) return;
    this.replace(slot);
    running.reject(
      new AppError(
        408,
        'query_timeout',
        `The query ran past its time limit (${running.job.limits.timeoutMs / 1000} s) and was stopped; narrow it (a label, a WHERE or a LIMIT).`,
      ),
    );
  }

  private finish(slot: Slot): void {
    if (slot.running) clearTimeout(slot.running.timer);
    slot.running = undefined;
    this.dispatch();
  }

  /** Ends a slot's worker (its in-flight query dies with it) and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    if (slot.running) clearTimeout(slot.running.timer);
    slot.running = undefined;
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => {});
    void old.terminate();
    if (this.closed) return;
    slot.worker = this.spawn();
    slot.ready = false;
    slot.served = 0;
    this.listen(slot);
  }
}
