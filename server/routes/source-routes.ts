import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Database } from '../neo4j/database.ts';
import type { SeedSource } from '../seed/seed-data.ts';
import { sentencesOf } from '../services/source-service.ts';
import { boundedText, parseParams } from './validate.ts';

const idParams = z.object({ id: boundedText });

/**
 * GET /api/sources: the documents the seeded facts quote, so the UI can credit them.
 * GET /api/sources/:id/sentences: every sentence of one, with the facts each supports.
 */
export function sourceRoutes(
  db: Database,
  sources: SeedSource[],
  articles: Record<string, string>,
): Router {
  const router = Router();
  router.get('/sources', (_req, res) => {
    res.json({ sources });
  });
  router.get('/sources/:id/sentences', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
    const article = Object.hasOwn(articles, id) ? articles[id] : undefined;
    if (article === undefined)
      throw new AppError(404, 'not_found', `No source has the id "${id}".`);
    res.json({ sentences: await sentencesOf(db, id, article) });
  });
  return router;
}
