import { apiGet } from '../../../lib/api-client.ts';
import type { PathsPayload } from '../../../lib/api-types.ts';

/** GET /api/paths: up to `k` paths from one entity to another, shortest first. */
export function getPaths(
  from: string,
  to: string,
  k: number,
  signal?: AbortSignal,
): Promise<PathsPayload> {
  return apiGet<PathsPayload>('/paths', { from, to, k }, signal);
}
