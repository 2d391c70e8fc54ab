import { useQuery } from '@tanstack/react-query';
import type { ApiSource } from '../../../lib/api-types.ts';
import { serverState } from '../../../lib/server-state.ts';
import { getSources } from '../api/get-sources.ts';

const NO_SOURCES: ReadonlyMap<string, ApiSource> = new Map();

/**
 * The quoted documents by id, from the page's server-state cache (adding or withdrawing a source
 * marks it stale); empty until they arrive, and if they cannot: quotes then show without their
 * credit line, and nothing else depends on sources.
 */
export function useSources(): ReadonlyMap<string, ApiSource> {
  const query = useQuery({
    queryKey: serverState.sources,
    queryFn: ({ signal }) => getSources(signal),
  });
  return query.data ?? NO_SOURCES;
}
