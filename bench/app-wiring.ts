import type { Express } from 'express';
import { createApp } from '../server/app.ts';
import type { Database } from '../server/neo4j/database.ts';
import type { RateLimits } from '../server/security/rate-limits.ts';

/**
 * The bench's 10 connections come from one address but stand for many people: one person's
 * limits (300 view runs a minute) would answer most of them 429, as the soak's are lifted too.
 * The work queues still shed load.
 */
const manyPeople: RateLimits = { queriesPerMinute: 1_000_000, exportsPerMinute: 1_000_000 };

/**
 * The real app, wired as server/index.ts wires it, over the given database, with the per-person
 * rate limits lifted. `maxGraphLimit` lifts GET /api/graph's cap for sections that draw more than
 * the app's 20,000 (peers).
 */
export function benchApp(db: Database, clientDir?: string, maxGraphLimit?: number): Express {
  return createApp({
    db,
    clientDir,
    maxGraphLimit,
    rateLimits: manyPeople,
  });
}
