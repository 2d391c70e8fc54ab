import { apiGet } from '../../../lib/api-client.ts';
import type { NeighborsPayload } from '../../../lib/api-types.ts';

/** Which relationships of an entity to follow. */
export type Direction = 'out' | 'in' | 'both';

/** What to bring in around an entity: which relationships, which way, how many neighbours. */
export interface NeighborIntent {
  /** Relationship types; empty for every type. */
  types: readonly string[];
  direction: Direction;
  /** Most neighbours to bring (the entity itself not counted). */
  limit: number;
}

/** The server's cap on nodes per answer, the entity included. */
const SERVER_MAX_NODES = 1000;

/** Most neighbours one request can bring. */
export const MAX_NEIGHBORS = SERVER_MAX_NODES - 1;

/**
 * GET /api/nodes/:id/neighbors with `type` and `direction`: the most significant neighbours first,
 * and `total`, how many match in all.
 */
export function getNeighborsByIntent(
  id: string,
  intent: NeighborIntent,
  signal?: AbortSignal,
): Promise<NeighborsPayload> {
  return apiGet<NeighborsPayload>(
    `/nodes/${encodeURIComponent(id)}/neighbors`,
    {
      type: intent.types.length > 0 ? intent.types.join(',') : undefined,
      direction: intent.direction,
      // The server's limit counts the entity itself.
      limit: Math.min(intent.limit, MAX_NEIGHBORS) + 1,
    },
    signal,
  );
}
