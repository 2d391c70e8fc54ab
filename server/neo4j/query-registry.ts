import type { z } from 'zod';
import { authRows } from './rows/auth-rows.ts';
import { databaseRows } from './rows/database-rows.ts';
import { graphRows } from './rows/graph-rows.ts';
import { savedViewRows } from './rows/saved-view-rows.ts';
import { seedRows } from './rows/seed-rows.ts';
import { sourceRows } from './rows/source-rows.ts';

/**
 * Every query the server runs through Database, by its file name under cypher/ without
 * `.cypher`, with the shape of its rows. A name missing here does not compile; a file missing
 * there stops start-up (query-texts.ts).
 */
export const queryRows = {
  ...authRows,
  ...databaseRows,
  ...graphRows,
  ...savedViewRows,
  ...seedRows,
  ...sourceRows,
} as const;

export type QueryName = keyof typeof queryRows;

/** What one row of query `N` is once it has been checked: contract types where the API has one. */
export type RowOf<N extends QueryName> = z.output<(typeof queryRows)[N]>;

/** Queries the sandbox's worker threads run on their own driver, reading records themselves. */
export const workerQueries = ['query/nodes-by-element-id', 'query/builtin-functions'] as const;
export type WorkerQueryName = (typeof workerQueries)[number];

/** Files of schema statements, for Database.applySchema. */
export const schemaFiles = ['schema'] as const;
export type SchemaFile = (typeof schemaFiles)[number];

/** Every file under cypher/ the server itself reads (views and bench queries are found apart). */
export type QueryFile = QueryName | WorkerQueryName | SchemaFile;

export const queryFiles: readonly QueryFile[] = [
  ...(Object.keys(queryRows) as QueryName[]),
  ...workerQueries,
  ...schemaFiles,
];
