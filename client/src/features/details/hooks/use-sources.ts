import { useEffect, useState } from 'react';
import { isAbort } from '../../../lib/api-client.ts';
import type { ApiSource } from '../../../lib/api-types.ts';
import { getSources } from '../api/get-sources.ts';

/**
 * The quoted documents by id, loaded once and again whenever `version` changes (a source was
 * added or withdrawn); empty until they arrive (or if they cannot).
 */
export function useSources(version = 0): ReadonlyMap<string, ApiSource> {
  const [sources, setSources] = useState<ReadonlyMap<string, ApiSource>>(new Map());
  useEffect(() => {
    const controller = new AbortController();
    getSources(controller.signal)
      .then(setSources)
      .catch((cause: unknown) => {
        // Quotes still show without their credit line; nothing else depends on sources.
        if (!isAbort(cause)) console.warn('Sources could not be loaded:', cause);
      });
    return () => controller.abort();
  }, [version]);
  return sources;
}
