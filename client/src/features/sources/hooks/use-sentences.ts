import { useEffect, useState } from 'react';
import { ApiError, isAbort } from '../../../lib/api-client.ts';
import type { ApiSentence } from '../../../lib/api-types.ts';
import { getSentences } from '../api/get-sentences.ts';

/** A source's sentences once loaded, or why they could not be. */
export interface SentencesState {
  sentences: ApiSentence[] | null;
  error: string | null;
}

/** Loads the sentences of one source. */
export function useSentences(sourceId: string): SentencesState {
  const [state, setState] = useState<SentencesState & { id: string | null }>({
    id: null,
    sentences: null,
    error: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    getSentences(sourceId, controller.signal)
      .then((sentences) => setState({ id: sourceId, sentences, error: null }))
      .catch((cause: unknown) => {
        if (isAbort(cause)) return;
        const error =
          cause instanceof ApiError ? cause.message : 'The article could not be loaded.';
        setState({ id: sourceId, sentences: null, error });
      });
    return () => controller.abort();
  }, [sourceId]);
  // What was loaded for another source is not this one's.
  return state.id === sourceId ? state : { sentences: null, error: null };
}
