import { apiGet } from '../../../lib/api-client.ts';
import type { HealthPayload } from '../../../lib/api-types.ts';

/** GET /api/health: the Neo4j version and edition, or an ApiError while it is away. */
export function getHealth(signal?: AbortSignal): Promise<HealthPayload> {
  return apiGet<HealthPayload>('/health', {}, signal);
}
