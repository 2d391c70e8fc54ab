import { apiGet, apiUrl } from '../../../lib/api-client.ts';
import type { GraphPayload } from '../../../lib/api-types.ts';
import { loadGraphInWorker } from './load-graph-in-worker.ts';

/** Which entities GET /api/graph is asked for; all optional. */
export interface GraphQuery {
  /** At most this many, the most connected first (the server's default when absent). */
  limit?: number;
  /** Only entities of this kind (a label such as `Company`)… */
  kind?: string;
  /** …and this camp. */
  camp?: string;
  /** `id`: the first by slug, a stable slice, instead of the most connected. */
  order?: 'id';
}

/**
 * GET /api/graph: the ecosystem's most connected entities (all of them when few enough), or
 * those of one kind and camp, with the relationships among them and how many there are in all.
 * Loaded in a worker where one can run: the answer may be tens of megabytes.
 */
export function getGraph(query: GraphQuery, signal?: AbortSignal): Promise<GraphPayload> {
  const params = { limit: query.limit, kind: query.kind, camp: query.camp, order: query.order };
  return (
    loadGraphInWorker(apiUrl('/graph', params), signal) ??
    apiGet<GraphPayload>('/graph', params, signal)
  );
}
