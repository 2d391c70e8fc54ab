import { Router } from 'express';
import { z } from 'zod';
import type { GraphPayload, NodePayload, SearchPayload } from '../contract.ts';
import type { Database } from '../neo4j/database.ts';
import {
  entityById,
  neighborhood,
  searchEntities,
  wholeGraph,
  type NeighborDepth,
} from '../services/graph-service.ts';
import { boundedText, limits, parseParams, wholeNumber } from './validate.ts';

const graphQuery = z.object({ limit: wholeNumber(limits.graphMax, limits.graphDefault) });
const searchQuery = z.object({
  q: boundedText,
  limit: wholeNumber(limits.searchMax, limits.searchDefault),
});
const idParams = z.object({ id: boundedText });
const neighborsQuery = z.object({
  depth: z
    .enum(['1', '2', '3'], { message: 'must be 1, 2 or 3' })
    .optional()
    .transform((value) => Number(value ?? '1') as NeighborDepth),
  limit: wholeNumber(limits.neighborsMax, limits.neighborsDefault),
});

/** GET /api/graph, /api/search, /api/nodes/:id and /api/nodes/:id/neighbors. */
export function graphRoutes(db: Database): Router {
  const router = Router();

  router.get('/graph', async (req, res) => {
    const { limit } = parseParams(graphQuery, req.query);
    const payload: GraphPayload = await wholeGraph(db, limit);
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
    const { depth, limit } = parseParams(neighborsQuery, req.query);
    const payload: GraphPayload = await neighborhood(db, id, depth, limit);
    res.json(payload);
  });

  return router;
}
