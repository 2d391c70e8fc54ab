import { z } from 'zod';
import { propertyMap } from './graph-elements.ts';

/** A constraint or index: LOOKUP indexes have neither labels nor properties. */
const schemaRule = z.object({
  name: z.string(),
  type: z.string(),
  labels: z.array(z.string()).nullable(),
  properties: z.array(z.string()).nullable(),
});

/** Rows of the queries about the database itself: which Neo4j, its schema, its contents. */
export const databaseRows = {
  'health/components': z.object({ version: z.string(), edition: z.string() }),
  'schema-summary': z.object({
    labels: z.array(z.string()),
    relationshipTypes: z.array(z.string()),
    propertyKeys: z.array(z.string()),
  }),
  // The next three let tests prove the schema was applied and a refused request changed nothing.
  'schema-constraints': schemaRule,
  'schema-indexes': schemaRule,
  'query/fingerprint': z.object({
    nodes: z.number(),
    relationships: z.number(),
    nodeData: z.array(z.tuple([z.array(z.string()), propertyMap])),
    relData: z.array(z.tuple([z.string(), propertyMap])),
  }),
} as const;
