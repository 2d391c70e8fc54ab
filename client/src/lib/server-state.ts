import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

/**
 * Keys of the server state the page caches, in one place so that a write can name exactly what
 * it makes stale (a saved view: the views; an added source: everything under `sources`, which
 * holds their sentences, the changes list and search answers too).
 */
export const serverState = {
  views: ['views'] as const,
  schema: ['schema'] as const,
  sources: ['sources'] as const,
  sentences: (sourceId: string) => ['sources', sourceId, 'sentences'] as const,
  changes: (since: string) => ['sources', 'changes', since] as const,
  health: (attempt: number) => ['health', attempt] as const,
  entity: (id: string) => ['sources', 'entity', id] as const,
  search: (text: string) => ['sources', 'search', text] as const,
};

/**
 * The page's cache of server state. What it holds changes only through the page's own writes,
 * which invalidate it, so nothing refetches on focus or reconnect (the API's rate limits are for
 * people, not for background refreshes); a failed read is shown at once rather than retried.
 */
export function createServerStateClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
      },
    },
  });
}

/** The message to show for a failed read: the server's own, or `fallback`. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}
