/// <reference lib="webworker" />
import { ForceJob } from './force-job.ts';
import type { ForceWorkerReply, ForceWorkerRequest } from './force-messages.ts';

/** Work per slice, in ms: short enough that a cancel is heard at once. */
const SLICE_MS = 60;
/** How often the page hears where the nodes are while the layout runs, in ms. */
const SNAPSHOT_MS = 700;

const scope = self as unknown as DedicatedWorkerGlobalScope;
let current = 0;

function post(reply: ForceWorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

scope.onmessage = (event: MessageEvent<ForceWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    if (request.id === current) current = 0;
    return;
  }
  current = request.id;
  const job = new ForceJob(request.input);
  let lastSnapshot = performance.now();
  const slice = () => {
    if (current !== request.id) return;
    const finished = job.step(SLICE_MS);
    if (finished) {
      const positions = job.positions();
      post({ type: 'done', id: request.id, positions }, [positions.buffer]);
      current = 0;
      return;
    }
    const now = performance.now();
    if (now - lastSnapshot >= SNAPSHOT_MS) {
      lastSnapshot = now;
      const positions = job.positions();
      post({ type: 'progress', id: request.id, done: job.progress, positions }, [positions.buffer]);
    } else {
      post({ type: 'progress', id: request.id, done: job.progress });
    }
    // A macrotask between slices lets a cancel message in.
    setTimeout(slice, 0);
  };
  slice();
};
