import type { Express } from 'express';
import { createApp } from '../server/app.ts';
import type { Database } from '../server/neo4j/database.ts';

/**
 * The real app, wired as server/index.ts wires it, over the given database. `maxGraphLimit`
 * lifts GET /api/graph's cap for sections that draw more than the app's 20,000 (peers).
 */
export function benchApp(db: Database, clientDir?: string, maxGraphLimit?: number): Express {
  return createApp({
    db,
    clientDir,
    maxGraphLimit,
  });
}
