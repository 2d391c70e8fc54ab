import { z } from 'zod';
import type { ChangePayload } from '../../contract.ts';
import { propertyMap } from './graph-elements.ts';
import { jsonText } from './json-text.ts';

/** A property a source metadata map may lack: null from Cypher, left out of the answer. */
const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullable().transform((value) => value ?? undefined);

/** A :Source node's metadata, as its projection `s {.id, .title, …}` answers it. */
const sourceMeta = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  site: optional(z.string()),
  year: optional(z.number()),
  published: optional(z.string()),
  url: optional(z.string()),
  /** The day it speaks for (ISO): its publication date, or 1 January of its year. */
  date: z.string(),
});

const factKind = z.enum(['entity', 'relationship']);

/** One source's value for one property, with the sentence it rests on (see fact-state.ts). */
const claim = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
  source: z.string(),
  quote: z.string(),
});

const change: z.ZodType<ChangePayload> = z.object({
  kind: factKind,
  id: z.string(),
  name: z.string(),
  knownSince: z.string(),
  sources: z.array(z.string()),
  corroboration: z.number(),
});

/** Rows of cypher/sources/*.cypher. */
export const sourceRows = {
  'sources/changes-since': change,
  'sources/conflicts': z.object({
    kind: factKind,
    id: z.string(),
    name: z.string(),
    disputed: z.array(z.string()),
    claims: jsonText(z.record(z.string(), z.array(claim))),
  }),
  'sources/delete-orphans': z.object({ deleted: z.array(z.string()) }),
  'sources/delete-relationships': z.object({}),
  'sources/delete-source': z.object({}),
  'sources/entities-by-id': z.object({
    id: z.string(),
    labels: z.array(z.string()),
    props: propertyMap,
  }),
  'sources/known-entities': z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
  }),
  'sources/legacy-source': z.object({ legacy: z.boolean() }),
  'sources/list-sources': z.object({
    source: sourceMeta.extend({ addedAt: optional(z.string()) }),
    entities: z.number(),
    relationships: z.number(),
  }),
  'sources/relationships-by-key': z.object({ id: z.string(), props: propertyMap }),
  'sources/source-dates': z.object({ id: z.string(), date: z.string() }),
  'sources/source-get': z.object({
    source: sourceMeta,
    text: z.string().nullable(),
    entityIds: z.array(z.string()),
    relationshipKeys: z.array(z.string()),
  }),
  'sources/upsert-entities': z.object({}),
  'sources/upsert-relationships': z.object({}),
  'sources/upsert-source': z.object({}),
  'sources/vocabulary': z.object({ labels: z.array(z.string()), types: z.array(z.string()) }),
} as const;
