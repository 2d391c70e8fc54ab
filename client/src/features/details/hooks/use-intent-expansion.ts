import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../../../lib/api-client.ts';
import type { NeighborsPayload } from '../../../lib/api-types.ts';
import {
  getNeighborsByIntent,
  MAX_NEIGHBORS,
  type Direction,
} from '../api/get-neighbors-by-intent.ts';
import { relationshipSummary, type TypeNeighbors } from '../utils/relationship-summary.ts';

/** The last expansion, so "show more" can go on with it. */
export interface LastExpansion {
  types: string[];
  direction: Direction;
  /** Neighbours brought so far, and how many match in all. */
  shown: number;
  total: number;
}

export interface IntentExpansion {
  /** The relationship types around the entity, once loaded. */
  summary: TypeNeighbors[] | null;
  direction: Direction;
  setDirection: (direction: Direction) => void;
  /** Most neighbours per step; MAX_NEIGHBORS means all. */
  cap: number;
  setCap: (cap: number) => void;
  pending: boolean;
  error: string | null;
  last: LastExpansion | null;
  /** Brings in the most significant neighbours through `types` (all when empty). */
  expand: (types: string[]) => Promise<void>;
  /** Brings in the next `cap` neighbours of the last expansion. */
  more: () => Promise<void>;
}

/**
 * Expansion with intent for one entity: which relationship types it has (loaded when `open`),
 * and bringing in neighbours by type, direction and cap, most significant first, through
 * `onMerge` (which merges into the canvas around the entity).
 */
export function useIntentExpansion(
  nodeId: string,
  open: boolean,
  onMerge: (payload: NeighborsPayload, anchorId: string) => Promise<void>,
): IntentExpansion {
  const [summary, setSummary] = useState<TypeNeighbors[] | null>(null);
  const [direction, setDirection] = useState<Direction>('both');
  const [cap, setCap] = useState(10);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<LastExpansion | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!open || summary) return;
    const controller = new AbortController();
    getNeighborsByIntent(
      nodeId,
      { types: [], direction: 'both', limit: MAX_NEIGHBORS },
      controller.signal,
    )
      .then((payload) => setSummary(relationshipSummary(nodeId, payload.edges)))
      .catch((cause: unknown) => {
        if (isAbort(cause)) return;
        setError(
          cause instanceof ApiError ? cause.message : 'The relationships could not be loaded.',
        );
      });
    return () => controller.abort();
  }, [nodeId, open, summary]);

  const run = useCallback(
    async (types: string[], way: Direction, limit: number) => {
      setPending(true);
      setError(null);
      try {
        const payload = await getNeighborsByIntent(nodeId, { types, direction: way, limit });
        await onMerge(payload, nodeId);
        if (!alive.current) return;
        setLast({ types, direction: way, shown: payload.nodes.length - 1, total: payload.total });
      } catch (cause) {
        if (!alive.current) return;
        setError(cause instanceof ApiError ? cause.message : 'The neighbours could not be loaded.');
      } finally {
        if (alive.current) setPending(false);
      }
    },
    [nodeId, onMerge],
  );

  const expand = useCallback(
    (types: string[]) => run(types, direction, cap),
    [run, direction, cap],
  );
  const more = useCallback(async () => {
    if (last) await run(last.types, last.direction, last.shown + cap);
  }, [run, last, cap]);

  return { summary, direction, setDirection, cap, setCap, pending, error, last, expand, more };
}
