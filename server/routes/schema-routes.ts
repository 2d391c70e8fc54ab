import { Router } from 'express';
import type { Database } from '../neo4j/database.ts';
import { schemaSummary } from '../services/schema-service.ts';

/** GET /api/schema: labels, relationship types and property keys, for editor completion. */
export function schemaRoutes(db: Database): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json(await schemaSummary(db));
  });
  return router;
}
