import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiEdge, ApiNode, GraphPayload } from '../../../client/src/lib/api-types.ts';
import { loadSeedData } from '../../../server/seed/seed-data.ts';

/** A node in the API's shape, with the properties the seed data uses. */
export function apiNode(
  id: string,
  labels: string[],
  camp: string,
  properties: ApiNode['properties'] = {},
): ApiNode {
  return { id, labels, caption: id, properties: { name: id, camp, ...properties } };
}

/** An edge in the API's shape, with the id convention `<source>-<TYPE>-<target>`. */
export function apiEdge(source: string, type: string, target: string): ApiEdge {
  return { id: `${source}-${type}-${target}`, type, source, target, properties: {} };
}

interface SeedNode {
  id: string;
  labels: string[];
  name: string;
  camp: string;
  properties: Record<string, unknown>;
}

interface SeedRelationship {
  type: string;
  source: string;
  target: string;
}

const seedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../seed');

/** The real seeded ecosystem (45 entities, 61 relationships) as the API would answer it. */
export function seedGraph(): GraphPayload {
  const nodes = JSON.parse(readFileSync(path.join(seedDir, 'nodes.json'), 'utf8')) as SeedNode[];
  const relationships = JSON.parse(
    readFileSync(path.join(seedDir, 'relationships.json'), 'utf8'),
  ) as SeedRelationship[];
  return {
    nodes: nodes.map((node) => ({
      id: node.id,
      labels: node.labels,
      caption: node.name,
      properties: { name: node.name, camp: node.camp },
    })),
    edges: relationships.map((edge) => apiEdge(edge.source, edge.type, edge.target)),
    truncated: false,
  };
}

/** The seeded entities with every property the seed gives them, as the API answers them. */
export function seededApiNodes(): ApiNode[] {
  return loadSeedData().nodes.map((node) => ({
    id: node.id,
    labels: node.labels,
    caption: node.name,
    properties: { ...node.properties, name: node.name },
  }));
}
