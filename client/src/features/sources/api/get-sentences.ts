import { apiGet } from '../../../lib/api-client.ts';
import type { ApiSentence, SentencesPayload } from '../../../lib/api-types.ts';

/** GET /api/sources/:id/sentences: every sentence of a source in reading order, with its facts. */
export async function getSentences(sourceId: string, signal?: AbortSignal): Promise<ApiSentence[]> {
  const payload = await apiGet<SentencesPayload>(
    `/sources/${encodeURIComponent(sourceId)}/sentences`,
    {},
    signal,
  );
  return payload.sentences;
}
