import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ViewSummaryPayload } from '../../../lib/api-types.ts';
import { messageOf, serverState } from '../../../lib/server-state.ts';
import { listViews } from '../api/list-views.ts';

export interface ViewsList {
  status: 'loading' | 'ready' | 'error';
  views: ViewSummaryPayload[];
  error: string | null;
  /** Lists the views again, after one was saved or deleted; the old list shows meanwhile. */
  refresh: () => void;
}

const NO_VIEWS: ViewSummaryPayload[] = [];

/** GET /api/views, from the page's server-state cache; refresh() marks it stale. */
export function useViews(): ViewsList {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: serverState.views,
    queryFn: ({ signal }) => listViews(signal),
  });
  const refresh = useCallback(
    () => void client.invalidateQueries({ queryKey: serverState.views }),
    [client],
  );
  // A list that loaded once stays on screen while a refresh fails or runs.
  const status = query.data ? 'ready' : query.isError ? 'error' : 'loading';
  return {
    status,
    views: query.data ?? NO_VIEWS,
    error: query.isError ? messageOf(query.error, 'The views could not be listed.') : null,
    refresh,
  };
}
