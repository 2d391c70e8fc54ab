import { apiGet } from './api-client.ts';
import type { ApiNode, NodePayload } from './api-types.ts';

/** GET /api/nodes/:id: one entity, e.g. to name an id given in a link. */
export async function getEntity(id: string, signal?: AbortSignal): Promise<ApiNode> {
  const payload = await apiGet<NodePayload>(`/nodes/${encodeURIComponent(id)}`, {}, signal);
  return payload.node;
}
