import { useQuery } from '@tanstack/react-query';
import type { SchemaPayload } from '../lib/api-types.ts';
import { getSchema } from '../lib/get-schema.ts';
import { serverState } from '../lib/server-state.ts';

const NO_SCHEMA: SchemaPayload = { labels: [], relationshipTypes: [], propertyKeys: [] };

/**
 * Labels, relationship types and property keys for completion; empty until they arrive, and if
 * they cannot (completion then offers keywords only; the editor works all the same).
 */
export function useSchema(): SchemaPayload {
  const query = useQuery({
    queryKey: serverState.schema,
    queryFn: ({ signal }) => getSchema(signal),
  });
  return query.data ?? NO_SCHEMA;
}
