/// <reference lib="webworker" />
import type { GraphLoaderReply, GraphLoaderRequest } from './graph-loader-messages.ts';

/** Entities or relationships per message: each one the page takes in is a short task. */
const SLICE = 2500;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();

function post(reply: GraphLoaderReply): void {
  scope.postMessage(reply);
}

scope.onmessage = async (event: MessageEvent<GraphLoaderRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    running.get(request.id)?.abort();
    running.delete(request.id);
    return;
  }
  const { id, url } = request;
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const response = await fetch(new URL(url, scope.location.origin), {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    const body: unknown = await response.json().catch(() => null);
    if (controller.signal.aborted) return;
    const graph = body as { nodes?: unknown[]; edges?: unknown[] } | null;
    if (!response.ok || !graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
      post({ type: 'answer', id, status: response.status, body });
      return;
    }
    // The big arrays go in slices; the rest of the answer comes with the last message.
    const { nodes, edges, ...rest } = graph;
    for (let i = 0; i < nodes.length; i += SLICE) {
      post({ type: 'nodes', id, items: nodes.slice(i, i + SLICE) });
    }
    for (let i = 0; i < edges.length; i += SLICE) {
      post({ type: 'edges', id, items: edges.slice(i, i + SLICE) });
    }
    post({ type: 'answer', id, status: response.status, body: rest });
  } catch (cause) {
    if (controller.signal.aborted) return;
    post({ type: 'failed', id, message: cause instanceof Error ? cause.message : String(cause) });
  } finally {
    running.delete(id);
  }
};
