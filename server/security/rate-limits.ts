import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { principalOf } from '../auth/access-control.ts';
import { AppError } from '../errors.ts';

/** Requests per minute one client may make of each expensive kind. */
export interface RateLimits {
  /** Ad-hoc queries and view runs: each plans and runs Cypher someone wrote. */
  queriesPerMinute: number;
  /** Exports: each opens a headless Chromium page. */
  exportsPerMinute: number;
}

export const defaultRateLimits: RateLimits = { queriesPerMinute: 300, exportsPerMinute: 30 };

/**
 * A per-client limit: by signed-in user when there is one (a team behind one proxy shares an
 * address), else by address. Past it: 429 with Retry-After, in the API's error shape.
 */
export function perClientLimit(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const user = principalOf(res);
      return user && user.name !== 'local' ? `user:${user.name}` : ipKeyGenerator(req.ip ?? '');
    },
    handler: (_req, res, next, options) => {
      res.setHeader('Retry-After', String(Math.ceil(options.windowMs / 1000)));
      next(
        new AppError(
          429,
          'rate_limited',
          `More than ${perMinute} ${what} a minute from you; wait a minute and try again.`,
        ),
      );
    },
  });
}
