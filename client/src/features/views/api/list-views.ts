import { apiGet } from '../../../lib/api-client.ts';
import type { ViewSummaryPayload, ViewsPayload } from '../../../lib/api-types.ts';

/** GET /api/views: the built-in views and the ones users saved, without their Cypher. */
export async function listViews(signal?: AbortSignal): Promise<ViewSummaryPayload[]> {
  const payload = await apiGet<ViewsPayload>('/views', {}, signal);
  return payload.views;
}
