import { apiSend } from '../../../lib/api-client.ts';
import type { SourceDraftPayload, IngestPlan } from '../utils/source-draft.ts';

/** POST /api/sources: the plan of adding a source; with `dryRun`, nothing is written. */
export async function sendSource(
  payload: SourceDraftPayload,
  dryRun: boolean,
): Promise<IngestPlan> {
  const answer = await apiSend<{ plan: IngestPlan }>(
    'POST',
    `/sources${dryRun ? '?dryRun=1' : ''}`,
    payload,
  );
  return answer.plan;
}

/** DELETE /api/sources/:id: withdraws a source and what only it backed. */
export async function withdrawSource(id: string): Promise<IngestPlan> {
  const answer = await apiSend<{ plan: IngestPlan }>(
    'DELETE',
    `/sources/${encodeURIComponent(id)}`,
  );
  return answer.plan;
}
