import neo4j, {
  type Node,
  type Path,
  type Record as Neo4jRecord,
  type Relationship,
} from 'neo4j-driver';
import type { ApiEdge, ApiNode, Cell, Properties, QueryPayload } from '../contract.ts';
import { toPlain } from './plain-values.ts';

export type { Cell, QueryPayload } from '../contract.ts';

/** Our seeded data has slugs; any other node falls back to its element id. */
function nodeId(node: Node): string {
  const slug = node.properties.id;
  return typeof slug === 'string' && slug !== '' ? slug : node.elementId;
}

export function apiNodeOf(node: Node): ApiNode {
  const properties = toPlain(node.properties) as Properties;
  const name = properties.name ?? properties.title;
  return {
    id: nodeId(node),
    labels: node.labels.filter((label) => label !== 'Entity'),
    caption: typeof name === 'string' && name !== '' ? name : nodeId(node),
    properties,
  };
}

/**
 * Collects every node, relationship and path anywhere in the records (inside lists and maps too)
 * into a graph, and reduces the records to table cells once every node is known.
 */
export class ResultCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly relationships = new Map<string, Relationship>();
  private readonly records: Neo4jRecord[] = [];

  add(record: Neo4jRecord): void {
    this.records.push(record);
    for (const key of record.keys) this.collect(record.get(key));
  }

  /** Element ids of relationship ends that no returned value included. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) {
        if (!this.nodes.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }

  /** Adds nodes fetched afterwards, so every edge has both its ends on the canvas. */
  addNodes(nodes: Node[]): void {
    for (const node of nodes) this.nodes.set(node.elementId, node);
  }

  result(columns: string[], truncated: boolean): QueryPayload {
    const idOf = new Map([...this.nodes.values()].map((node) => [node.elementId, nodeId(node)]));
    const edges: ApiEdge[] = [];
    for (const rel of this.relationships.values()) {
      const source = idOf.get(rel.startNodeElementId);
      const target = idOf.get(rel.endNodeElementId);
      if (source === undefined || target === undefined) continue;
      edges.push({
        id: relationshipId(rel),
        type: rel.type,
        source,
        target,
        properties: toPlain(rel.properties) as Properties,
      });
    }
    const cell = (value: unknown): Cell => {
      if (neo4j.isNode(value)) {
        const api = apiNodeOf(value as Node);
        return { kind: 'node', id: api.id, caption: api.caption, labels: api.labels };
      }
      if (neo4j.isRelationship(value)) {
        const rel = value as Relationship;
        return {
          kind: 'relationship',
          id: relationshipId(rel),
          type: rel.type,
          source: idOf.get(rel.startNodeElementId) ?? rel.startNodeElementId,
          target: idOf.get(rel.endNodeElementId) ?? rel.endNodeElementId,
        };
      }
      if (neo4j.isPath(value)) {
        const path = value as Path;
        return {
          kind: 'path',
          length: path.length,
          nodes: [path.start, ...path.segments.map((segment) => segment.end)].map(nodeId),
        };
      }
      if (Array.isArray(value)) return value.map(cell) as Cell;
      if (isPlainObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cell(v)])) as Cell;
      }
      return toPlain(value);
    };
    return {
      nodes: [...this.nodes.values()].map(apiNodeOf),
      edges,
      columns,
      rows: this.records.map((record) => record.keys.map((key) => cell(record.get(key)))),
      truncated,
    };
  }

  private collect(value: unknown): void {
    if (neo4j.isNode(value)) {
      const node = value as Node;
      this.nodes.set(node.elementId, node);
    } else if (neo4j.isRelationship(value)) {
      const rel = value as Relationship;
      this.relationships.set(rel.elementId, rel);
    } else if (neo4j.isPath(value)) {
      const path = value as Path;
      this.nodes.set(path.start.elementId, path.start);
      for (const segment of path.segments) {
        this.nodes.set(segment.end.elementId, segment.end);
        this.relationships.set(segment.relationship.elementId, segment.relationship);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item) => this.collect(item));
    } else if (isPlainObject(value)) {
      Object.values(value).forEach((item) => this.collect(item));
    }
  }
}

function relationshipId(rel: Relationship): string {
  return typeof rel.properties.id === 'string' ? rel.properties.id : rel.elementId;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
  );
}
