import { Router } from 'express';
import { z } from 'zod';
import type { GraphPayload, NodePayload, OverviewPayload, SearchPayload } from '../contract.ts';
import type { Database } from '../neo4j/database.ts';
import {
  entityById,
  neighborsOf,
  searchEntities,
  wholeGraph,
  type NeighborDepth,
} from '../services/graph-service.ts';
import type { OverviewCache } from '../services/overview-cache.ts';
import { pathsBetween } from '../services/path-service.ts';
import { boundedText, limits, parseParams, wholeNumber } from './validate.ts';
import { CAMPS } from '../../common/domain.ts';

/** GET /api/graph's query, with `maxLimit` as the most entities one answer may hold. */
const graphQueryUpTo = (maxLimit: number) =>
  z.object({
    limit: wholeNumber(maxLimit, limits.graphDefault),
    kind: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, 'must be a label name, e.g. Company')
      .optional()
      .transform((value) => value ?? null),
    camp: z
      .enum(CAMPS, {
        message: 'must be llm, world-model, both or neutral',
      })
      .optional()
      .transform((value) => value ?? null),
    order: z.enum(['connections', 'id'], { message: 'must be connections or id' }).optional(),
  });
const searchQuery = z.object({
  q: boundedText,
  limit: wholeNumber(limits.searchMax, limits.searchDefault),
});
const idParams = z.object({ id: boundedText });
const relationshipType = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, 'must be relationship type names');
const neighborsQuery = z.object({
  depth: z
    .enum(['1', '2', '3'], { message: 'must be 1, 2 or 3' })
    .optional()
    .transform((value) => Number(value ?? '1') as NeighborDepth),
  limit: wholeNumber(limits.neighborsMax, limits.neighborsDefault),
  // Several types as `type=LED&type=RAISED` or `type=LED,RAISED`.
  type: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      value === undefined ? [] : [value].flat().flatMap((item) => item.split(',')),
    )
    .pipe(z.array(relationshipType).max(50)),
  direction: z.enum(['out', 'in', 'both'], { message: 'must be out, in or both' }).optional(),
});
const pathsQuery = z.object({
  from: boundedText,
  to: boundedText,
  k: wholeNumber(5, 3),
});

/** GET /api/graph, /api/overview, /api/search, /api/nodes/:id, /api/nodes/:id/neighbors and /api/paths. */
export function graphRoutes(
  db: Database,
  overviews: OverviewCache,
  maxGraphLimit: number = limits.graphMax,
): Router {
  const router = Router();
  const graphQuery = graphQueryUpTo(maxGraphLimit);

  router.get('/graph', async (req, res) => {
    const { limit, kind, camp, order } = parseParams(graphQuery, req.query);
    const payload: GraphPayload = await wholeGraph(db, limit, { kind, camp, byId: order === 'id' });
    res.json(payload);
  });

  router.get('/overview', async (_req, res) => {
    const payload: OverviewPayload = await overviews.get();
    res.json(payload);
  });

  router.get('/search', async (req, res) => {
    const { q, limit } = parseParams(searchQuery, req.query);
    const payload: SearchPayload = { nodes: await searchEntities(db, q, limit) };
    res.json(payload);
  });

  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const payload: NodePayload = { node: await entityById(db, id) };
    res.json(payload);
  });

  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const { depth, limit, type, direction } = parseParams(neighborsQuery, req.query);
    const payload: GraphPayload = await neighborsOf(db, id, {
      depth,
      limit,
      types: type,
      direction,
    });
    res.json(payload);
  });

  router.get('/paths', async (req, res) => {
    const { from, to, k } = parseParams(pathsQuery, req.query);
    res.json(await pathsBetween(db, from, to, k));
  });

  return router;
}
