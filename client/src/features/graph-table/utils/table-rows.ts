import type { ApiSource, Camp } from '../../../lib/api-types.ts';
import { CAMPS } from '../../../lib/camps.ts';
import { kindStyleOf, type KindStyle } from '../../../lib/entity-kinds.ts';
import { corroborationOf, evidenceOf } from '../../../lib/evidence.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';

/** What the canvas draws, by id: the filters' verdict (the analysis's visible set). */
export interface DrawnIds {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** One entity as the Entities table shows it. */
export interface EntityRow {
  id: string;
  name: string;
  /** The kind it is drawn as, with the colours the canvas gives it. */
  kind: KindStyle;
  /** Null when the entity names no known camp. */
  camp: Camp | null;
  /** Its relationships that are drawn too. */
  connections: number;
}

/** One quoted sentence and the document it comes from. */
export interface EvidenceLine {
  quote: string;
  /** The source's id, for when the document is not (or not yet) known. */
  sourceId: string;
  source: ApiSource | null;
}

/** An end of a relationship: its entity's id and name. */
export interface RowEnd {
  id: string;
  name: string;
}

/** One relationship as the Relationships table shows it. */
export interface RelationshipRow {
  id: string;
  type: string;
  from: RowEnd;
  to: RowEnd;
  /** The sentences it rests on, each with its source, in the order the fact keeps them. */
  evidence: EvidenceLine[];
  /** How many distinct sources back it. */
  sources: number;
}

/** Both tables' rows, each in reading order: entities by name, relationships by their ends. */
export interface GraphTableRows {
  entities: EntityRow[];
  relationships: RelationshipRow[];
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function campNamed(value: unknown): Camp | null {
  return CAMPS.find((camp) => camp === value) ?? null;
}

function endOf(graph: GraphModel, id: string): RowEnd {
  return { id, name: graph.nodes.get(id)?.caption ?? id };
}

/**
 * The rows for exactly what the canvas draws: the drawn entities and relationships of the graph
 * (expansions included, filters and the timeline already applied to `drawn`), an entity's
 * connections counted among the drawn relationships only, as the selection announcement does.
 */
export function graphTableRows(
  graph: GraphModel,
  drawn: DrawnIds,
  sources: ReadonlyMap<string, ApiSource>,
): GraphTableRows {
  const connections = new Map<string, number>();
  const relationships: RelationshipRow[] = [];
  for (const edge of graph.edges.values()) {
    if (!drawn.edges.has(edge.id)) continue;
    for (const end of [edge.source, edge.target]) {
      connections.set(end, (connections.get(end) ?? 0) + 1);
    }
    relationships.push({
      id: edge.id,
      type: edge.type,
      from: endOf(graph, edge.source),
      to: endOf(graph, edge.target),
      evidence: evidenceOf(edge.properties).map(({ quote, source }) => ({
        quote,
        sourceId: source,
        source: sources.get(source) ?? null,
      })),
      sources: corroborationOf(edge.properties),
    });
  }
  const entities: EntityRow[] = [];
  for (const node of graph.nodes.values()) {
    if (!drawn.nodes.has(node.id)) continue;
    entities.push({
      id: node.id,
      name: node.caption,
      kind: kindStyleOf(node.labels),
      camp: campNamed(node.properties.camp),
      connections: connections.get(node.id) ?? 0,
    });
  }
  entities.sort((a, b) => byName.compare(a.name, b.name));
  relationships.sort(
    (a, b) =>
      byName.compare(a.from.name, b.from.name) ||
      byName.compare(a.type, b.type) ||
      byName.compare(a.to.name, b.to.name),
  );
  return { entities, relationships };
}
