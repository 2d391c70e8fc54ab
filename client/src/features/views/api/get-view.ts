import { apiGet } from '../../../lib/api-client.ts';
import type { ViewEnvelope, ViewPayload } from '../../../lib/api-types.ts';

/** GET /api/views/:id: one view with its Cypher. */
export async function getView(id: string, signal?: AbortSignal): Promise<ViewPayload> {
  const payload = await apiGet<ViewEnvelope>(`/views/${encodeURIComponent(id)}`, {}, signal);
  return payload.view;
}
