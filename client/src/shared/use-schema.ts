import { useEffect, useState } from 'react';
import { isAbort } from '../lib/api-client.ts';
import type { SchemaPayload } from '../lib/api-types.ts';
import { getSchema } from '../lib/get-schema.ts';

const NO_SCHEMA: SchemaPayload = { labels: [], relationshipTypes: [], propertyKeys: [] };

/** Labels, relationship types and property keys for completion; empty until they arrive. */
export function useSchema(): SchemaPayload {
  const [schema, setSchema] = useState(NO_SCHEMA);
  useEffect(() => {
    const controller = new AbortController();
    getSchema(controller.signal)
      .then(setSchema)
      .catch((cause: unknown) => {
        // Completion then offers keywords only; the editor works all the same.
        if (!isAbort(cause)) console.warn('The schema could not be loaded:', cause);
      });
    return () => controller.abort();
  }, []);
  return schema;
}
