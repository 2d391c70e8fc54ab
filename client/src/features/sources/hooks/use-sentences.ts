import { useQuery } from '@tanstack/react-query';
import type { ApiSentence } from '../../../lib/api-types.ts';
import { messageOf, serverState } from '../../../lib/server-state.ts';
import { getSentences } from '../api/get-sentences.ts';

/** A source's sentences once loaded, or why they could not be. */
export interface SentencesState {
  sentences: ApiSentence[] | null;
  error: string | null;
}

/** The sentences of one source, from the page's server-state cache. */
export function useSentences(sourceId: string): SentencesState {
  const query = useQuery({
    queryKey: serverState.sentences(sourceId),
    queryFn: ({ signal }) => getSentences(sourceId, signal),
  });
  return {
    sentences: query.data ?? null,
    error: query.isError ? messageOf(query.error, 'The article could not be loaded.') : null,
  };
}
