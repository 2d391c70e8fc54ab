import type { Express } from 'express';
import { createApp } from '../server/app.ts';
import type { Database } from '../server/neo4j/database.ts';

/** The real app, wired as server/index.ts wires it, over the given database. */
export function benchApp(db: Database, clientDir?: string): Express {
  return createApp({
    db,
    clientDir,
  });
}
