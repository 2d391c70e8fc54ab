import { apiSend } from '../../../lib/api-client.ts';
import type { QueryPayload } from '../../../lib/api-types.ts';
import type { RunParams } from '../utils/param-values.ts';

/**
 * POST /api/views/:id/run: the view's graph part and table part. Parameters left out take their
 * defaults; a bad one answers 400 `invalid_parameter` with a message naming it.
 */
export function runView(
  id: string,
  params: RunParams,
  signal?: AbortSignal,
): Promise<QueryPayload> {
  return apiSend<QueryPayload>('POST', `/views/${encodeURIComponent(id)}/run`, { params }, signal);
}
