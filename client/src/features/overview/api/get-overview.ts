import { apiGet } from '../../../lib/api-client.ts';
import type { OverviewPayload } from '../../../lib/api-types.ts';

/** GET /api/overview: the whole database summarised by kind and camp. */
export function getOverview(signal?: AbortSignal): Promise<OverviewPayload> {
  return apiGet<OverviewPayload>('/overview', {}, signal);
}
