import { apiSend } from '../../../lib/api-client.ts';
import type { QueryPayload } from '../../../lib/api-types.ts';

/**
 * POST /api/query: runs Cypher read-only. Errors carry a code (`cypher_syntax_error` with a
 * position, `write_refused`, `query_timeout`…) and a message to show as is.
 */
export function runQuery(
  cypher: string,
  params: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<QueryPayload> {
  return apiSend<QueryPayload>('POST', '/query', { cypher, params }, signal);
}
