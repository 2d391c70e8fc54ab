import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ApiNode } from '../lib/api-types.ts';
import { searchEntities } from '../lib/search-entities.ts';
import { messageOf, serverState } from '../lib/server-state.ts';

/** Wait this long after the last keystroke before asking the server. */
export const SEARCH_DEBOUNCE_MS = 180;
/** How long an answer is reused for the same text, in ms. */
const SEARCH_FRESH_MS = 30_000;
/** Most matches the dropdown lists. */
export const SEARCH_LIMIT = 12;

export interface EntitySearch {
  /** Results for the current text; empty while it is blank. */
  results: ApiNode[];
  /** True while the current text has not been answered yet. */
  pending: boolean;
  error: string | null;
}

/**
 * Debounced GET /api/search for `text`, through the page's server-state cache (a name typed again
 * answers at once; adding a source marks the answers stale).
 */
export function useEntitySearch(text: string): EntitySearch {
  const query = text.trim();
  const [asked, setAsked] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const answer = useQuery({
    queryKey: serverState.search(asked),
    queryFn: ({ signal }) => searchEntities(asked, SEARCH_LIMIT, signal),
    enabled: asked !== '',
    staleTime: SEARCH_FRESH_MS,
  });
  if (query === '') return { results: [], pending: false, error: null };
  // Until the current text is asked and answered, older answers are not shown for it.
  const fresh = asked === query && !answer.isPending;
  return {
    results: fresh ? (answer.data ?? []) : [],
    pending: !fresh,
    error: fresh && answer.isError ? messageOf(answer.error, 'Search failed.') : null,
  };
}
