import { Router } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../auth/audit-log.ts';
import { parseParams } from './validate.ts';

const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
});

/** GET /api/audit?limit=N: the newest writes first (admins only, see access-policy.ts). */
export function auditRoutes(audit: AuditLog): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const { limit } = parseParams(auditQuery, req.query);
    res.json({ entries: await audit.recent(limit) });
  });
  return router;
}
