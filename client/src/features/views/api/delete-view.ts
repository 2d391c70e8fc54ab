import { apiSend } from '../../../lib/api-client.ts';

/** DELETE /api/views/:id: removes a user view for everyone; built-in views answer 403. */
export async function deleteView(id: string): Promise<void> {
  await apiSend<void>('DELETE', `/views/${encodeURIComponent(id)}`);
}
