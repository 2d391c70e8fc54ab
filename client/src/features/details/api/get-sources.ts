import { apiGet } from '../../../lib/api-client.ts';
import type { ApiSource, SourcesPayload } from '../../../lib/api-types.ts';

/** GET /api/sources: the documents quotes come from, keyed by id for crediting. */
export async function getSources(signal?: AbortSignal): Promise<Map<string, ApiSource>> {
  const payload = await apiGet<SourcesPayload>('/sources', {}, signal);
  return new Map(payload.sources.map((source) => [source.id, source]));
}
