import { apiGet } from './api-client.ts';
import type { GraphPayload } from './api-types.ts';

/** GET /api/nodes/:id/neighbors: the entity, its neighbours within `depth` hops and their edges. */
export function getNeighbors(id: string, depth: 1 | 2 | 3 = 1): Promise<GraphPayload> {
  return apiGet<GraphPayload>(`/nodes/${encodeURIComponent(id)}/neighbors`, { depth });
}
