import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbort } from '../../../lib/api-client.ts';
import type { ViewSummaryPayload } from '../../../lib/api-types.ts';
import { listViews } from '../api/list-views.ts';

export interface ViewsList {
  status: 'loading' | 'ready' | 'error';
  views: ViewSummaryPayload[];
  error: string | null;
  /** Lists the views again, after one was saved or deleted; the old list shows meanwhile. */
  refresh: () => void;
}

/** GET /api/views, loaded once and again on refresh(). */
export function useViews(): ViewsList {
  const [status, setStatus] = useState<ViewsList['status']>('loading');
  const [views, setViews] = useState<ViewSummaryPayload[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listViews(controller.signal)
      .then((listed) => {
        setViews(listed);
        setError(null);
        setStatus('ready');
      })
      .catch((cause: unknown) => {
        if (isAbort(cause)) return;
        setError(cause instanceof ApiError ? cause.message : 'The views could not be listed.');
        setStatus('error');
      });
    return () => controller.abort();
  }, [version]);

  const refresh = useCallback(() => setVersion((value) => value + 1), []);
  return { status, views, error, refresh };
}
