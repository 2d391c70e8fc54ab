import { z } from 'zod';

/** Rows of cypher/seed/*.cypher. */
export const seedRows = {
  'seed/count-by-label': z.object({ label: z.string(), count: z.number() }),
  'seed/count-by-type': z.object({ type: z.string(), count: z.number() }),
  'seed/count-entities': z.object({ count: z.number() }),
  'seed/count-nodes': z.object({ count: z.number() }),
  'seed/create-nodes': z.object({}),
  'seed/create-relationships': z.object({}),
  'seed/delete-source-batch': z.object({ deleted: z.number() }),
} as const;
