import { z } from 'zod';
import type { ApiEdge, ApiNode, Properties, PropertyValue } from '../../contract.ts';

/**
 * Node and edge maps, the bulk of every graph answer (20,000 nodes and 40,000 edges for a large
 * GET /api/graph). They are checked by hand rather than by zod's object schemas: on such an
 * answer zod took ~250 ms against ~3 ms here, and a check that costs more than sending the answer
 * would be felt by everyone. Each check is still complete: every field, every property value.
 */

/** Where a value is wrong, relative to the value checked, and how. */
interface Problem {
  path: (string | number)[];
  message: string;
}

const isScalar = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean';

function isPropertyValue(value: unknown): value is PropertyValue {
  return isScalar(value) || (Array.isArray(value) && value.every(isPropertyValue));
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function propertiesProblem(value: unknown): Problem | undefined {
  if (!isMap(value)) return { path: [], message: 'must be a map of properties' };
  for (const key in value) {
    if (!isPropertyValue(value[key])) {
      return { path: [key], message: 'must be text, a number, true/false, null or a list of them' };
    }
  }
  return undefined;
}

function textProblem(value: Record<string, unknown>, keys: readonly string[]): Problem | undefined {
  for (const key of keys) {
    if (typeof value[key] !== 'string') return { path: [key], message: 'must be text' };
  }
  return undefined;
}

function nodeProblem(value: unknown): Problem | undefined {
  if (!isMap(value)) return { path: [], message: 'must be a node map' };
  const text = textProblem(value, ['id']);
  if (text) return text;
  const { labels } = value;
  if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string')) {
    return { path: ['labels'], message: 'must be a list of text' };
  }
  const properties = propertiesProblem(value.properties);
  return properties && { ...properties, path: ['properties', ...properties.path] };
}

const edgeKeys = ['id', 'type', 'source', 'target'] as const;

function edgeProblem(value: unknown): Problem | undefined {
  if (!isMap(value)) return { path: [], message: 'must be an edge map' };
  const text = textProblem(value, edgeKeys);
  if (text) return text;
  const properties = propertiesProblem(value.properties);
  return properties && { ...properties, path: ['properties', ...properties.path] };
}

function listProblem(value: unknown, itemProblem: (item: unknown) => Problem | undefined) {
  if (!Array.isArray(value)) return { path: [], message: 'must be a list' };
  for (let i = 0; i < value.length; i++) {
    const problem = itemProblem(value[i]);
    if (problem) return { ...problem, path: [i, ...problem.path] };
  }
  return undefined;
}

/** A zod type whose check is a hand-written function, reporting the exact field it refuses. */
function checkedBy<T>(find: (value: unknown) => Problem | undefined) {
  return z.custom<T>().superRefine((value, ctx) => {
    const problem = find(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });
}

/** The node map the graph queries return: `{id, labels, properties}`. */
interface NodeMap {
  id: string;
  labels: string[];
  properties: Properties;
}

/** What to draw under a node: its name, or its id when it has none. */
export function toApiNode(node: NodeMap): ApiNode {
  const name = node.properties.name;
  return {
    id: node.id,
    labels: node.labels,
    caption: typeof name === 'string' && name.length > 0 ? name : node.id,
    properties: node.properties,
  };
}

/** One node map, as an ApiNode. */
export const apiNode = checkedBy<NodeMap>(nodeProblem).transform(toApiNode);

/** A list of node maps, as ApiNodes. */
export const apiNodes = checkedBy<NodeMap[]>((value) => listProblem(value, nodeProblem)).transform(
  (nodes) => nodes.map(toApiNode),
);

/** A list of edge maps: already the API's shape, so checked and passed on as they are. */
export const apiEdges = checkedBy<ApiEdge[]>((value) => listProblem(value, edgeProblem));

/** Any map of property values, such as a fact's stored properties. */
export const propertyMap = checkedBy<Properties>(propertiesProblem);
