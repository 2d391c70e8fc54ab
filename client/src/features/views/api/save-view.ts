import { apiSend } from '../../../lib/api-client.ts';
import type { ViewDraft, ViewEnvelope, ViewPayload } from '../../../lib/api-types.ts';

/** POST /api/views: stores a new user view (shared by everyone on the database). */
export async function createView(draft: ViewDraft): Promise<ViewPayload> {
  const payload = await apiSend<ViewEnvelope>('POST', '/views', draft);
  return payload.view;
}

/** PUT /api/views/:id: replaces a user view; built-in views answer 403. */
export async function updateView(id: string, draft: ViewDraft): Promise<ViewPayload> {
  const payload = await apiSend<ViewEnvelope>('PUT', `/views/${encodeURIComponent(id)}`, draft);
  return payload.view;
}
