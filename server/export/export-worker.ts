import { parentPort } from 'node:worker_threads';
import { yieldCoresFromThisThread } from '../cpu-share.ts';
import { AppError } from '../errors.ts';
import { browserLaunches, closeSharedBrowser, runningBrowser, sharedBrowser } from './chromium.ts';
import { exportInBrowser, type HeadlessExportRequest } from './headless-export.ts';

/** An export as the main thread asks it: everything but the abort signal, which is a message. */
export type ExportJob = Omit<HeadlessExportRequest, 'signal'>;

/** What headless Chromium is doing: pages open (exports drawing) and launches so far. */
export interface ExportHostStatus {
  pages: number;
  launches: number;
}

export type HostMessage =
  | { type: 'export'; id: number; job: ExportJob }
  | { type: 'abort'; id: number }
  | { type: 'status'; id: number }
  | { type: 'close'; id: number };

export type WorkerReply =
  | { id: number; ok: true; file: { name: string; bytes: Uint8Array } }
  | { id: number; ok: true; status: ExportHostStatus }
  | { id: number; ok: true; closed: true }
  | {
      id: number;
      ok: false;
      /** Set for an AppError (its HTTP status and code); absent for a fault. */
      status?: number;
      code?: string;
      message: string;
    };

/*
 * Runs Playwright's driver for headless exports on its own thread. The driver decodes every
 * protocol message and screenshot Chromium sends (base64 strings of many megabytes for a large
 * PNG); on the main thread that work and the collections of its garbage held the event loop
 * for 100-230 ms at a time under load.
 */
// Playwright's driver unpacks every screenshot here; the Chromium it starts inherits the priority.
yieldCoresFromThisThread();
const port = parentPort!;
const aborts = new Map<number, AbortController>();

async function status(): Promise<ExportHostStatus> {
  const running = runningBrowser();
  const browser = running ? await running.catch(() => undefined) : undefined;
  const pages = browser?.contexts().reduce((sum, context) => sum + context.pages().length, 0) ?? 0;
  return { pages, launches: browserLaunches() };
}

async function runExport(id: number, job: ExportJob): Promise<WorkerReply> {
  const abort = new AbortController();
  aborts.set(id, abort);
  try {
    const file = await exportInBrowser(await sharedBrowser(), { ...job, signal: abort.signal });
    // A fresh buffer of its own, so moving it to the main thread detaches nothing else.
    return { id, ok: true, file: { name: file.name, bytes: new Uint8Array(file.bytes) } };
  } finally {
    aborts.delete(id);
  }
}

async function answer(message: HostMessage): Promise<WorkerReply | undefined> {
  switch (message.type) {
    case 'export':
      return runExport(message.id, message.job);
    case 'abort':
      aborts.get(message.id)?.abort();
      return undefined;
    case 'status':
      return { id: message.id, ok: true, status: await status() };
    case 'close':
      await closeSharedBrowser();
      return { id: message.id, ok: true, closed: true };
  }
}

function failure(id: number, error: unknown): WorkerReply {
  if (error instanceof AppError) {
    return { id, ok: false, status: error.status, code: error.code, message: error.message };
  }
  return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
}

port.on('message', (message: HostMessage) => {
  answer(message).then(
    (reply) => {
      if (!reply) return;
      const transfer = 'file' in reply ? [reply.file.bytes.buffer as ArrayBuffer] : [];
      port.postMessage(reply, transfer);
    },
    (error: unknown) => port.postMessage(failure(message.id, error)),
  );
});
