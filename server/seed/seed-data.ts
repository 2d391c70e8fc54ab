import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../config.ts';
import { CAMPS, ENTITY_KINDS } from '../../common/domain.ts';

const seedDir = path.join(projectRoot, 'seed');

const flatValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const properties = z.record(z.string(), flatValue);
const quotes = z.array(z.string().min(1)).min(1);

/** The kinds of entity the seed knows; a new source may declare more. */
export const entityKinds = ENTITY_KINDS;

const nodeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase kebab-case slug'),
  labels: z.array(z.enum(entityKinds)).min(1),
  name: z.string().min(1),
  camp: z.enum(CAMPS),
  properties,
  quotes,
});

const relationshipSchema = z.object({
  type: z.string().regex(/^[A-Z][A-Z_]*$/, 'UPPER_SNAKE_CASE'),
  source: z.string(),
  target: z.string(),
  properties,
  quotes,
});

const sourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  site: z.string(),
  title: z.string(),
  year: z.number().int(),
  file: z.string(),
});

export type SeedNode = z.infer<typeof nodeSchema>;
export type SeedRelationship = z.infer<typeof relationshipSchema> & { id: string };
export type SeedSource = z.infer<typeof sourceSchema>;

export interface SeedData {
  source: SeedSource;
  article: string;
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

/** The stable id of a relationship: one per (source, type, target). */
export function relationshipId(source: string, type: string, target: string): string {
  return `${source}-${type}-${target}`;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(seedDir, file), 'utf8'));
}

/**
 * Loads seed/ and checks what the database cannot: every quote is verbatim in the article, ids
 * are unique, relationships join existing entities. Throws with every problem listed.
 */
export function loadSeedData(): SeedData {
  const source = sourceSchema.parse(readJson('source.json'));
  const article = readFileSync(path.join(seedDir, source.file), 'utf8');
  const nodes = z.array(nodeSchema).parse(readJson('nodes.json'));
  const relationships = z
    .array(relationshipSchema)
    .parse(readJson('relationships.json'))
    .map((rel) => ({ ...rel, id: relationshipId(rel.source, rel.type, rel.target) }));

  const problems = findSeedProblems(article, nodes, relationships);
  if (problems.length > 0) {
    throw new Error(`The seed data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return { source, article, nodes, relationships };
}

/** Everything wrong with the seed data, one sentence per problem (empty when sound). */
export function findSeedProblems(
  article: string,
  nodes: SeedNode[],
  relationships: SeedRelationship[],
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) problems.push(`node id ${node.id} is used twice`);
    ids.add(node.id);
    for (const quote of node.quotes) {
      if (!article.includes(quote))
        problems.push(`node ${node.id} quotes text not in the article: "${quote}"`);
    }
  }
  const relIds = new Set<string>();
  for (const rel of relationships) {
    if (relIds.has(rel.id)) problems.push(`relationship ${rel.id} is listed twice`);
    relIds.add(rel.id);
    if (!ids.has(rel.source))
      problems.push(`relationship ${rel.id} starts at unknown node ${rel.source}`);
    if (!ids.has(rel.target))
      problems.push(`relationship ${rel.id} ends at unknown node ${rel.target}`);
    for (const quote of rel.quotes) {
      if (!article.includes(quote))
        problems.push(`relationship ${rel.id} quotes text not in the article: "${quote}"`);
    }
  }
  return problems;
}
