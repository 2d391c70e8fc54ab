import { Router, type Request, type Response } from 'express';
import { perClientLimit, type RateLimits } from '../security/rate-limits.ts';
import { WorkQueue } from '../security/work-queue.ts';
import { z } from 'zod';
import type { QueryAnswer } from '../neo4j/database.ts';
import type { ViewService } from '../services/view-service.ts';
import { paramTypes } from '../views/view-header.ts';
import { boundedText, parseParams } from './validate.ts';

const scalar = z.union([z.string().max(500), z.number(), z.boolean()]);

const paramDeclaration = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Cypher parameter name such as company_id'),
  type: z.enum(paramTypes),
  default: scalar,
  description: z.string().max(200).default(''),
  choices: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

const viewDraft = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(120),
  description: z.string().trim().max(500).default(''),
  category: z.string().trim().min(1).max(60).default('My views'),
  cypher: z.string().trim().min(1, 'must not be empty').max(20_000),
  params: z.array(paramDeclaration).max(20).default([]),
  /** Where each entity was on the canvas when the view was saved, to restore the same picture. */
  positions: z
    .record(z.string().max(200), z.object({ x: z.number().finite(), y: z.number().finite() }))
    .refine((map) => Object.keys(map).length <= 10_000, 'must hold at most 10,000 positions')
    .optional(),
});

const runBody = z
  .object({ params: z.record(z.string(), scalar).default({}) })
  .default({ params: {} });
const queryBody = z.object({
  cypher: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(20_000, 'must be at most 20,000 characters'),
  params: z.record(z.string(), z.unknown()).default({}),
});
const idParams = z.object({ id: boundedText });

/** Sends JSON a query worker already serialised, as is: the main thread never re-encodes it. */
function sendAnswer(res: Response, answer: QueryAnswer): void {
  res.type('application/json');
  res.send(Buffer.from(answer.json.buffer, answer.json.byteOffset, answer.json.byteLength));
}

/** Saved views (built-in and user) and the ad-hoc query endpoint. */
export function viewRoutes(views: ViewService, rateLimits: RateLimits): Router {
  const router = Router();
  // Cypher someone wrote: four at a time and sixteen in line, then 503; per client, a rate.
  const queries = new WorkQueue(4, 16, 'queries');
  const limit = perClientLimit(rateLimits.queriesPerMinute, 'queries');
  const bounded = <T>(req: Request, res: Response, work: () => Promise<T>) => {
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    return queries.run(work, gone.signal);
  };

  router.get('/views', async (_req, res) => {
    res.json({ views: await views.list() });
  });

  router.get('/views/:id', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    res.json({ view: await views.get(id) });
  });

  router.post('/views/:id/run', limit, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const { params } = parseParams(runBody, req.body ?? {});
    sendAnswer(res, await bounded(req, res, () => views.run(id, params)));
  });

  router.post('/views', async (req, res) => {
    const draft = parseParams(viewDraft, req.body);
    res.status(201).json({ view: await views.create(draft) });
  });

  router.put('/views/:id', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const draft = parseParams(viewDraft, req.body);
    res.json({ view: await views.update(id, draft) });
  });

  router.delete('/views/:id', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    await views.remove(id);
    res.status(204).end();
  });

  router.post('/query', limit, async (req, res) => {
    const { cypher, params } = parseParams(queryBody, req.body);
    sendAnswer(res, await bounded(req, res, () => views.query(cypher, params)));
  });

  return router;
}
