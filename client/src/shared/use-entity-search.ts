import { useEffect, useState } from 'react';
import { ApiError, isAbort } from '../lib/api-client.ts';
import type { ApiNode } from '../lib/api-types.ts';
import { searchEntities } from '../lib/search-entities.ts';

/** Wait this long after the last keystroke before asking the server. */
export const SEARCH_DEBOUNCE_MS = 180;
/** Most matches the dropdown lists. */
export const SEARCH_LIMIT = 12;

interface Answer {
  /** The text these results answer; compared with the current text to know if they are stale. */
  query: string;
  results: ApiNode[];
  error: string | null;
}

export interface EntitySearch {
  /** Results for the current text; empty while it is blank. */
  results: ApiNode[];
  /** True while the current text has not been answered yet. */
  pending: boolean;
  error: string | null;
}

/** Debounced GET /api/search for `text`; older answers never overwrite newer ones. */
export function useEntitySearch(text: string): EntitySearch {
  const query = text.trim();
  const [answer, setAnswer] = useState<Answer>({ query: '', results: [], error: null });

  useEffect(() => {
    if (query === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchEntities(query, SEARCH_LIMIT, controller.signal)
        .then((results) => setAnswer({ query, results, error: null }))
        .catch((cause: unknown) => {
          if (isAbort(cause)) return;
          const message = cause instanceof ApiError ? cause.message : 'Search failed.';
          setAnswer({ query, results: [], error: message });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  if (query === '') return { results: [], pending: false, error: null };
  const fresh = answer.query === query;
  return {
    results: fresh ? answer.results : [],
    pending: !fresh,
    error: fresh ? answer.error : null,
  };
}
