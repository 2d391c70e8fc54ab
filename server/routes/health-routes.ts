import { Router } from 'express';
import type { Database } from '../neo4j/database.ts';
import { checkHealth } from '../services/health-service.ts';

/** GET /api/health: 200 with the Neo4j version, or 503 while the database is unreachable. */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    res.json(await checkHealth(db));
  });
  return router;
}
