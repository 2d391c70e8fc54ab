import { z } from 'zod';
import type { ViewPayload } from '../../contract.ts';
import { paramTypes } from '../../views/view-header.ts';
import { jsonText } from './json-text.ts';

/** A parameter declaration as a saved view stores it (JSON text, see view-service.ts). */
const viewParam = z.object({
  name: z.string(),
  type: z.enum(paramTypes),
  default: z.union([z.string(), z.number(), z.boolean()]),
  description: z.string(),
  choices: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

const positions = z.record(z.string(), z.object({ x: z.number(), y: z.number() }));

/** A :SavedView node's properties, as the API answers a user view. */
const savedView = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    category: z.string().nullable(),
    cypher: z.string(),
    params: jsonText(z.array(viewParam)).nullable(),
    // '' when the view was saved without a picture.
    positions: z.union([z.literal(''), jsonText(positions)]).nullable(),
  })
  .transform((stored): ViewPayload => ({
    id: stored.id,
    title: stored.title,
    description: stored.description ?? '',
    category: stored.category ?? 'My views',
    cypher: stored.cypher,
    params: stored.params ?? [],
    builtin: false,
    ...(stored.positions ? { positions: stored.positions } : {}),
  }));

/** Rows of cypher/saved-views/*.cypher. */
export const savedViewRows = {
  'saved-views/create': z.object({ view: savedView }),
  'saved-views/delete': z.object({ deleted: z.number() }),
  'saved-views/get': z.object({ view: savedView }),
  'saved-views/list': z.object({ view: savedView }),
  'saved-views/update': z.object({ view: savedView }),
} as const;
