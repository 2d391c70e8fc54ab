import { apiGet } from './api-client.ts';
import type { SchemaPayload } from './api-types.ts';

/** GET /api/schema: labels, relationship types and property keys, for editor completion. */
export function getSchema(signal?: AbortSignal): Promise<SchemaPayload> {
  return apiGet<SchemaPayload>('/schema', {}, signal);
}
