import { ForceJob, type ForceJobInput } from './force-job.ts';
import type { ForceWorkerReply, ForceWorkerRequest } from './force-messages.ts';

/** A force layout on its way; `result` is null when it was cancelled. */
export interface ForceRun {
  result: Promise<Float64Array | null>;
  cancel: () => void;
}

/** Hears how far a layout has got, with where the nodes are now and then. */
export type ForceProgress = (done: number, positions?: Float64Array) => void;

/** Slices of work when no worker is available: short, so the page stays responsive. */
const MAIN_THREAD_SLICE_MS = 12;

interface Pending {
  resolve: (positions: Float64Array | null) => void;
  onProgress: ForceProgress;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/** The one layout worker, started on first use; null where workers cannot run. */
function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<ForceWorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') {
      waiting.onProgress(reply.done, reply.positions);
      return;
    }
    pending.delete(reply.id);
    waiting.onProgress(1);
    waiting.resolve(reply.positions);
  };
  return worker;
}

/** Runs the job on this thread, a few ms at a time between other tasks. */
function runHere(input: ForceJobInput, onProgress: ForceProgress): ForceRun {
  let canceled = false;
  const result = new Promise<Float64Array | null>((resolve) => {
    const job = new ForceJob(input);
    const slice = () => {
      if (canceled) return resolve(null);
      if (job.step(MAIN_THREAD_SLICE_MS)) {
        onProgress(1);
        return resolve(job.positions());
      }
      onProgress(job.progress);
      setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  });
  return { result, cancel: () => (canceled = true) };
}

/**
 * Lays out a large graph with forces in a Web Worker, so the page never waits on it; reports
 * progress as it goes. Without workers it runs here in short slices instead.
 */
export function runForceLayout(input: ForceJobInput, onProgress: ForceProgress): ForceRun {
  const target = layoutWorker();
  if (!target) return runHere(input, onProgress);
  const id = nextId++;
  const result = new Promise<Float64Array | null>((resolve) => {
    pending.set(id, { resolve, onProgress });
  });
  const request: ForceWorkerRequest = { type: 'start', id, input };
  target.postMessage(request);
  return {
    result,
    cancel: () => {
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      target.postMessage({ type: 'cancel', id } satisfies ForceWorkerRequest);
      waiting.resolve(null);
    },
  };
}
