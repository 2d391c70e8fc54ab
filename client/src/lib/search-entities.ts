import { apiGet } from './api-client.ts';
import type { ApiNode, SearchPayload } from './api-types.ts';

/** GET /api/search: entities whose name contains `text` in any case, best match first. */
export async function searchEntities(
  text: string,
  limit: number,
  signal?: AbortSignal,
): Promise<ApiNode[]> {
  const payload = await apiGet<SearchPayload>('/search', { q: text, limit }, signal);
  return payload.nodes;
}
