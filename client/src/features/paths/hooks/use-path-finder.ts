import { useCallback, useRef, useState } from 'react';
import { ApiError, isAbort } from '../../../lib/api-client.ts';
import type { PathsPayload } from '../../../lib/api-types.ts';
import { getPaths } from '../api/get-paths.ts';
import { pathIds } from '../utils/path-hops.ts';

/** The shortest path and this many next-shortest alternatives at most, in all. */
const PATH_COUNT = 4;

/** Which path of the answer to light up, or null to light none. */
export type ShowPath = (ids: string[] | null, index: number) => void;

export interface PathFinder {
  from: string;
  to: string;
  setFrom: (id: string) => void;
  setTo: (id: string) => void;
  /** Swaps the two ends (the answer stays until the next search). */
  swap: () => void;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  result: PathsPayload | null;
  /** Looks paths up between the given ends (by default the chosen ones) and shows the shortest. */
  find: (from?: string, to?: string) => Promise<void>;
  /** Lights up the path at `index` of the answer. */
  show: (index: number) => void;
  /** Forgets both ends and the answer, and lights nothing up. */
  clear: () => void;
}

/**
 * Finding paths between two entities: the ends, the server's answer, and what happens with it.
 * `onFound` brings the answer's entities and relationships onto the canvas; `onShow` lights a
 * path up (or nothing, with null).
 */
export function usePathFinder(
  onFound: (payload: PathsPayload, fromId: string) => Promise<void>,
  onShow: ShowPath,
): PathFinder {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState<PathFinder['status']>('idle');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<PathsPayload | null>(null);
  const request = useRef<AbortController | null>(null);

  const find = useCallback(
    async (fromId = from, toId = to) => {
      request.current?.abort();
      if (!fromId || !toId) return;
      if (fromId === toId) {
        setStatus('error');
        setError('Pick two different entities.');
        return;
      }
      const controller = new AbortController();
      request.current = controller;
      setStatus('loading');
      setError(null);
      try {
        const payload = await getPaths(fromId, toId, PATH_COUNT, controller.signal);
        await onFound(payload, fromId);
        if (controller.signal.aborted) return;
        setResult(payload);
        setStatus('ready');
        const shortest = payload.paths[0];
        onShow(shortest ? pathIds(shortest) : null, 0);
      } catch (cause) {
        if (isAbort(cause)) return;
        setStatus('error');
        setError(cause instanceof ApiError ? cause.message : 'The paths could not be loaded.');
      }
    },
    [from, to, onFound, onShow],
  );

  const show = useCallback(
    (index: number) => {
      const path = result?.paths[index];
      if (path) onShow(pathIds(path), index);
    },
    [result, onShow],
  );

  const clear = useCallback(() => {
    request.current?.abort();
    setFrom('');
    setTo('');
    setResult(null);
    setStatus('idle');
    setError(null);
    onShow(null, -1);
  }, [onShow]);

  const swap = useCallback(() => {
    setFrom(to);
    setTo(from);
  }, [from, to]);

  return { from, to, setFrom, setTo, swap, status, error, result, find, show, clear };
}
