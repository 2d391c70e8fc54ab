import { Router } from 'express';
import type { Database } from '../neo4j/database.ts';
import type { DatabaseState } from '../neo4j/embedded-supervisor.ts';
import { checkHealth } from '../services/health-service.ts';

/**
 * GET /api/health: 200 with the Neo4j version; 503 with `"status":"recovering"` and Retry-After
 * while the embedded Neo4j is being restarted, or 503 while the database is unreachable.
 */
export function healthRoutes(db: Database, databaseState: () => DatabaseState): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    if (databaseState() === 'recovering') {
      res.setHeader('Retry-After', '5');
      res.status(503).json({
        status: 'recovering',
        error: {
          code: 'database_recovering',
          message: 'Neo4j stopped and is being restarted; the explorer comes back by itself.',
        },
      });
      return;
    }
    res.json(await checkHealth(db));
  });
  return router;
}
