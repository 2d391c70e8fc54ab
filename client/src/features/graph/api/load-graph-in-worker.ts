import { ApiError, answerError, unreachable } from '../../../lib/api-client.ts';
import type { GraphPayload } from '../../../lib/api-types.ts';
import type { GraphLoaderReply, GraphLoaderRequest } from './graph-loader-messages.ts';

interface Pending {
  nodes: unknown[];
  edges: unknown[];
  resolve: (payload: GraphPayload) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function settle(reply: GraphLoaderReply): void {
  const waiting = pending.get(reply.id);
  if (!waiting) return;
  if (reply.type === 'nodes' || reply.type === 'edges') {
    const into = reply.type === 'nodes' ? waiting.nodes : waiting.edges;
    for (const item of reply.items) into.push(item);
    return;
  }
  pending.delete(reply.id);
  if (reply.type === 'failed') return waiting.reject(unreachable());
  if (reply.status < 200 || reply.status >= 300) {
    return waiting.reject(answerError(reply.status, reply.body));
  }
  const rest = (reply.body ?? {}) as Omit<GraphPayload, 'nodes' | 'edges'>;
  waiting.resolve({ ...rest, nodes: waiting.nodes, edges: waiting.edges } as GraphPayload);
}

/** The loader worker, started on first use; null where workers cannot run. */
function loaderWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./graph-loader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<GraphLoaderReply>) => settle(event.data);
  worker.onerror = () => {
    // A worker that cannot run fails what it holds; later loads go the ordinary way.
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new ApiError('bad_response', 'The graph could not be loaded.', 0));
    }
    worker = null;
  };
  return worker;
}

/**
 * GETs a graph answer (`url`, an API address) in a Web Worker: the download, its decoding and
 * the JSON parsing of tens of megabytes happen off the page's thread, and the nodes and edges
 * arrive in slices, each a short task. Errors are the ApiErrors apiGet would throw; an abort
 * rejects with an AbortError. Null when no worker can run (the caller fetches itself).
 */
export function loadGraphInWorker(url: string, signal?: AbortSignal): Promise<GraphPayload> | null {
  const target = loaderWorker();
  if (!target) return null;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    pending.set(id, { nodes: [], edges: [], resolve, reject });
    signal?.addEventListener('abort', () => {
      if (!pending.delete(id)) return;
      target.postMessage({ type: 'cancel', id } satisfies GraphLoaderRequest);
      reject(new DOMException('Aborted', 'AbortError'));
    });
    target.postMessage({ type: 'load', id, url } satisfies GraphLoaderRequest);
  });
}
