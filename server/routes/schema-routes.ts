import { Router } from 'express';
import type { Database } from '../neo4j/database.ts';

/** GET /api/schema: labels, relationship types and property keys, for editor completion. */
export function schemaRoutes(db: Database): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    const [row] = await db.read('schema-summary');
    res.json({
      labels: row?.labels ?? [],
      relationshipTypes: row?.relationshipTypes ?? [],
      propertyKeys: row?.propertyKeys ?? [],
    });
  });
  return router;
}
