import { z } from 'zod';
import { entityKinds } from '../seed/seed-data.ts';
import { CAMPS } from '../../common/domain.ts';

/** Bounds on one source, so an ingest stays one modest transaction. */
export const sourceLimits = {
  textMax: 200_000,
  nodesMax: 2_000,
  relationshipsMax: 5_000,
  quoteMax: 2_000,
  nameMax: 200,
} as const;

const slug = z
  .string()
  .max(sourceLimits.nameMax)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case slug');
const flatValue = z.union([
  z.string().max(sourceLimits.quoteMax),
  z.number(),
  z.boolean(),
  z.array(z.string().max(sourceLimits.quoteMax)).max(100),
]);
const properties = z.record(z.string().max(100), flatValue).default({});
const quotes = z
  .array(z.string().min(1).max(sourceLimits.quoteMax))
  .min(1, 'needs a quote')
  .max(50);
const name = z.string().trim().min(1).max(sourceLimits.nameMax);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');

export const sourceMetaSchema = z
  .object({
    id: slug,
    title: name,
    publisher: name,
    site: z.string().max(sourceLimits.nameMax).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    published: isoDate.optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .refine((source) => source.year !== undefined || source.published !== undefined, {
    message: 'needs a year or a published date',
    path: ['year'],
  });

const sourceNodeSchema = z.object({
  /** Left out: the entity is found by name or alias, or made with a fresh slug. */
  id: slug.optional(),
  labels: z
    .array(z.string().regex(/^[A-Z][A-Za-z]*$/, 'must be a PascalCase label'))
    .min(1)
    .max(5),
  name,
  aliases: z.array(name).max(20).optional(),
  camp: z.enum(CAMPS).optional(),
  properties,
  quotes,
});

const sourceRelationshipSchema = z.object({
  type: z
    .string()
    .regex(/^[A-Z][A-Z_]*$/, 'must be UPPER_SNAKE_CASE')
    .max(60),
  /** An entity's id or name (of this source's nodes or the graph's). */
  source: name,
  target: name,
  properties,
  quotes,
});

export const sourcePayloadSchema = z.object({
  source: sourceMetaSchema,
  text: z.string().min(1).max(sourceLimits.textMax),
  nodes: z.array(sourceNodeSchema).max(sourceLimits.nodesMax).default([]),
  relationships: z.array(sourceRelationshipSchema).max(sourceLimits.relationshipsMax).default([]),
  /** Labels and relationship types this source brings that the graph does not know yet. */
  declare: z
    .object({
      labels: z
        .array(z.string().regex(/^[A-Z][A-Za-z]*$/))
        .max(20)
        .default([]),
      types: z
        .array(z.string().regex(/^[A-Z][A-Z_]*$/))
        .max(50)
        .default([]),
    })
    .default({ labels: [], types: [] }),
  /** How each ambiguous name is settled: an existing entity's id, or "new". */
  resolve: z.record(name, z.union([slug, z.literal('new')])).default({}),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type SourceNode = z.infer<typeof sourceNodeSchema>;
export type SourceRelationship = z.infer<typeof sourceRelationshipSchema>;
export type SourcePayload = z.infer<typeof sourcePayloadSchema>;

/** The day a source speaks for: its publication date, or the first of January of its year. */
export function sourceDate(source: Pick<SourceMeta, 'year' | 'published'>): string {
  return source.published ?? `${source.year}-01-01`;
}

/** Labels every graph knows (the seed's kinds); others must be declared by the source. */
export const knownLabels: readonly string[] = entityKinds;
