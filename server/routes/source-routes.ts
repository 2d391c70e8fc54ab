import { Router } from 'express';
import type { SeedSource } from '../seed/seed-data.ts';

/** GET /api/sources: the documents the seeded facts quote, so the UI can credit them. */
export function sourceRoutes(sources: SeedSource[]): Router {
  const router = Router();
  router.get('/sources', (_req, res) => {
    res.json({ sources });
  });
  return router;
}
