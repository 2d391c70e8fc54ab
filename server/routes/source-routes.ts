import express, { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../neo4j/database.ts';
import {
  changesSince,
  listConflicts,
  listSources,
  sentencesOf,
} from '../services/source-service.ts';
import { sourcePayloadSchema } from '../sources/source-payload.ts';
import { ingestSource, retractSource } from '../sources/source-ingest.ts';
import { changesCsv } from '../sources/changes-csv.ts';
import { boundedText, parseParams } from './validate.ts';
import type { OverviewCache } from '../services/overview-cache.ts';

const idParams = z.object({ id: boundedText });
const ingestQuery = z.object({
  dryRun: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((value) => value === '1' || value === 'true'),
});
const changesQuery = z.object({
  since: z.iso.date('must be an ISO date (YYYY-MM-DD)'),
  format: z.enum(['json', 'csv']).optional(),
});

/** A source's text and facts may be far larger than any other request (see source-payload.ts). */
export const sourceBodyLimit = '4mb';

/**
 * GET /api/sources: every source with its fact counts. GET /api/sources/:id/sentences: its
 * sentences with the facts each supports. POST /api/sources (?dryRun=1): add or re-read a
 * source. DELETE /api/sources/:id: withdraw one. GET /api/conflicts: properties sources
 * disagree on. GET /api/changes?since=DATE(&format=csv): facts first known since a date.
 * A written change makes `overviews` compute anew: it may move an entity to another camp.
 */
export function sourceRoutes(db: Database, overviews: OverviewCache): Router {
  const router = Router();
  router.get('/sources', async (_req, res) => {
    res.json({ sources: await listSources(db) });
  });
  router.get('/sources/:id/sentences', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    res.json({ sentences: await sentencesOf(db, id) });
  });
  router.post('/sources', express.json({ limit: sourceBodyLimit }), async (req, res) => {
    const { dryRun } = parseParams(ingestQuery, req.query);
    const payload = parseParams(sourcePayloadSchema, req.body);
    // Nothing to put in the audit trail: a dry run changes nothing (access-control.ts).
    res.locals.wroteNothing = dryRun;
    const plan = await ingestSource(db, payload, { dryRun });
    if (plan.written) overviews.forget();
    res.status(plan.written && plan.source.status === 'new' ? 201 : 200).json({ plan });
  });
  router.delete('/sources/:id', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const plan = await retractSource(db, id);
    overviews.forget();
    res.json({ plan });
  });
  router.get('/conflicts', async (_req, res) => {
    res.json({ conflicts: await listConflicts(db) });
  });
  router.get('/changes', async (req, res) => {
    const { since, format } = parseParams(changesQuery, req.query);
    const changes = await changesSince(db, since);
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="changes-since-${since}.csv"`);
      res.send(changesCsv(changes));
      return;
    }
    res.json({ since, changes });
  });
  return router;
}
