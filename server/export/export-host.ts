import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { ensureWorkerBundle } from '../workers/worker-bundle.ts';
import type { ExportHostStatus, ExportJob, HostMessage, WorkerReply } from './export-worker.ts';
import type { ExportedFile, HeadlessExportRequest } from './headless-export.ts';

interface Pending {
  resolve: (reply: WorkerReply & { ok: true }) => void;
  reject: (error: unknown) => void;
}

/**
 * The main thread's side of headless exports: each export is sent to a worker thread that owns
 * Playwright and Chromium (see export-worker.ts), and the finished file comes back as moved
 * bytes. A worker that dies fails its exports with 503 and is replaced on the next export.
 */
export class ExportHost {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly workerFile = ensureWorkerBundle(
    fileURLToPath(new URL('./export-worker.ts', import.meta.url)),
  );

  /** Renders a view in headless Chromium; the request's signal cancels it. */
  async export(request: HeadlessExportRequest): Promise<ExportedFile> {
    const { signal, ...job } = request;
    const id = this.nextId++;
    const onAbort = () => this.worker?.postMessage({ type: 'abort', id } satisfies HostMessage);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const reply = await this.ask({ type: 'export', id, job: job satisfies ExportJob });
      if (!('file' in reply)) throw new Error('The export worker answered out of turn.');
      const { name, bytes } = reply.file;
      return { name, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Pages open in headless Chromium and how many times it was launched. */
  async status(): Promise<ExportHostStatus> {
    const reply = await this.ask({ type: 'status', id: this.nextId++ });
    if (!('status' in reply)) throw new Error('The export worker answered out of turn.');
    return reply.status;
  }

  /** Closes Chromium and ends the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await this.ask({ type: 'close', id: this.nextId++ }).catch(() => undefined);
    this.forget(worker);
    await worker.terminate();
  }

  private ask(message: HostMessage): Promise<WorkerReply & { ok: true }> {
    // Messages sent before the worker has loaded wait in its port.
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      worker.postMessage(message);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    // The server's sockets keep the process alive; an idle Chromium should not.
    worker.unref();
    this.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply);
      else if (reply.status && reply.code) {
        pending.reject(new AppError(reply.status, reply.code, reply.message));
      } else pending.reject(new Error(reply.message));
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', () => this.fail(worker, new Error('The export worker stopped.')));
    return worker;
  }

  /** The worker died: what it was doing answers 503, and the next export starts a new one. */
  private fail(worker: Worker, cause: unknown): void {
    if (this.worker !== worker) return;
    this.forget(worker);
    for (const pending of this.pending.values()) {
      pending.reject(
        new AppError(503, 'export_interrupted', 'The export stopped unexpectedly; try again.', {
          cause,
        }),
      );
    }
    this.pending.clear();
  }

  private forget(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
  }
}

let shared: ExportHost | undefined;

/** The process's one export host; its worker starts on the first export. */
export function sharedExportHost(): ExportHost {
  shared ??= new ExportHost();
  return shared;
}

/** Closes the export host's Chromium and worker, if they were started. */
export async function closeSharedExportHost(): Promise<void> {
  await shared?.close();
}
