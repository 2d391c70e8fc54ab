import { apiGet } from '../../../lib/api-client.ts';
import type { GraphPayload } from '../../../lib/api-types.ts';

/** GET /api/graph: the whole ecosystem, or its first `limit` entities. */
export function getGraph(limit: number | undefined, signal?: AbortSignal): Promise<GraphPayload> {
  return apiGet<GraphPayload>('/graph', { limit }, signal);
}
