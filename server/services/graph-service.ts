import type {
  ApiEdge,
  ApiNode,
  Camp,
  GraphPayload,
  OverviewPayload,
  Properties,
} from '../contract.ts';
import { AppError } from '../errors.ts';
import type { Database, Row } from '../neo4j/database.ts';
import { searchTerms } from './search-terms.ts';

/** The node map every graph query returns, before the caption is chosen. */
interface NodeRow {
  id: string;
  labels: string[];
  properties: Properties;
}

export function toApiNode(row: NodeRow): ApiNode {
  const name = row.properties.name;
  return {
    id: row.id,
    labels: row.labels,
    caption: typeof name === 'string' && name.length > 0 ? name : row.id,
    properties: row.properties,
  };
}

/**
 * The graph queries find edges from their less connected end and name the `hubs` they skipped;
 * edges between two hubs are fetched here, only when there are two.
 */
async function withHubEdges<T extends GraphPayload>(
  db: Database,
  graph: T,
  hubs: unknown,
): Promise<T> {
  if (!Array.isArray(hubs) || hubs.length < 2) return graph;
  const [row] = await db.read('graph/edges-among-hubs', { ids: hubs });
  return { ...graph, edges: [...graph.edges, ...((row?.edges ?? []) as unknown as ApiEdge[])] };
}

/** Joins an answer given in parts (whole-graph.cypher), or one row, into one payload. */
function graphFromParts(rows: Row[]): GraphPayload & { total: number } {
  const nodes: ApiNode[] = [];
  const edges: ApiEdge[] = [];
  for (const row of rows) {
    for (const node of row.nodes as unknown as NodeRow[]) nodes.push(toApiNode(node));
    for (const edge of row.edges as unknown as ApiEdge[]) edges.push(edge);
  }
  const first = rows[0];
  return {
    nodes,
    edges,
    truncated: first?.truncated === true,
    total: Number(first?.total ?? 0),
  };
}

function toGraph(row: Row | undefined): GraphPayload {
  if (!row) return { nodes: [], edges: [], truncated: false };
  return {
    nodes: (row.nodes as unknown as NodeRow[]).map(toApiNode),
    edges: row.edges as unknown as ApiEdge[],
    truncated: row.truncated === true,
  };
}

/** Which part of the ecosystem to draw: one kind in one camp, or null for any. */
export interface GraphGroup {
  kind: string | null;
  camp: string | null;
  /** The first by slug rather than the most connected. */
  byId?: boolean;
}

/** The ecosystem (or one group of it): its `limit` most connected entities, and how many match. */
export async function wholeGraph(
  db: Database,
  limit: number,
  group: GraphGroup = { kind: null, camp: null },
): Promise<GraphPayload & { total: number }> {
  const rows = await db.read('graph/whole-graph', { limit, byId: false, ...group });
  return withHubEdges(db, graphFromParts(rows), rows[0]?.hubs);
}

/** The whole database grouped by kind and camp, for graphs too large to draw. */
export async function overview(db: Database): Promise<OverviewPayload> {
  const [row] = await db.read('graph/overview');
  const groupId = (kind: unknown, camp: unknown) => `${String(kind)}|${String(camp)}`;
  const groups = (row?.groups ?? []) as unknown as { kind: string; camp: Camp; count: number }[];
  const links = (row?.links ?? []) as unknown as {
    sourceKind: string;
    sourceCamp: string;
    targetKind: string;
    targetCamp: string;
    count: number;
  }[];
  return {
    entities: groups.reduce((sum, group) => sum + group.count, 0),
    relationships: Number(row?.relationships ?? 0),
    groups: groups.map((group) => ({ id: groupId(group.kind, group.camp), ...group })),
    links: links.map((link) => ({
      source: groupId(link.sourceKind, link.sourceCamp),
      target: groupId(link.targetKind, link.targetCamp),
      count: link.count,
    })),
  };
}

/** Tier of a match that is not at the start of a word (search.cypher). */
const anywhereTier = 3;

/**
 * Entities whose name (alias or slug) contains `q`, best matches first. The full-text index is
 * asked for word starts first: when that fills `limit` with word-start matches, no match found
 * only by the costlier infix query could rank above them.
 */
export async function searchEntities(db: Database, q: string, limit: number): Promise<ApiNode[]> {
  const terms = searchTerms(q);
  let rows: Row[];
  if (terms === null) {
    rows = await db.read('graph/search-scan', { q, limit });
  } else {
    rows = await db.read('graph/search', { q, lucene: terms.prefix, limit });
    const last = rows.at(-1);
    if (rows.length < limit || Number(last?.tier) >= anywhereTier) {
      rows = await db.read('graph/search', { q, lucene: terms.infix, limit });
    }
  }
  return rows.map((row) => toApiNode(row.node as unknown as NodeRow));
}

/** One entity, or a 404. */
export async function entityById(db: Database, id: string): Promise<ApiNode> {
  const [row] = await db.read('graph/node-by-id', { id });
  if (!row) throw notFound(id);
  return toApiNode(row.node as unknown as NodeRow);
}

/** Depths with a query file of their own (variable-length bounds cannot be parameters). */
const neighborQueries = {
  1: 'graph/neighbors-depth-1',
  2: 'graph/neighbors-depth-2',
  3: 'graph/neighbors-depth-3',
} as const;

export type NeighborDepth = keyof typeof neighborQueries;

/**
 * An entity and its neighbourhood up to `depth` hops; `limit` caps the nodes returned, the entity
 * itself included.
 */
export async function neighborhood(
  db: Database,
  id: string,
  depth: NeighborDepth,
  limit: number,
): Promise<GraphPayload> {
  const [row] = await db.read(neighborQueries[depth], { id, limit: limit - 1 });
  if (!row) throw notFound(id);
  return withHubEdges(db, toGraph(row), row.hubs);
}

/** Which way a relationship must point, seen from the expanded entity. */
export type Direction = 'out' | 'in' | 'both';

/** A neighbourhood cut to chosen types and direction, with how many neighbours match in all. */
export interface FilteredNeighborhood extends GraphPayload {
  total: number;
}

/**
 * An entity's direct neighbours through `types` (all when empty) in `direction`, most
 * significant first; `limit` caps the neighbours (the entity itself not counted).
 */
export async function filteredNeighborhood(
  db: Database,
  id: string,
  types: string[],
  direction: Direction,
  limit: number,
): Promise<FilteredNeighborhood> {
  const [row] = await db.read('graph/neighbors-filtered', { id, types, direction, limit });
  if (!row) throw notFound(id);
  return { ...toGraph(row), total: Number(row.total ?? 0) };
}

/** One path between two entities, as ids in walking order. */
export interface PathSummary {
  nodes: string[];
  edges: string[];
  hops: number;
}

/** The shortest path between two entities and up to k - 1 next-shortest alternatives. */
/** How long one detour may be looked for; a detour around a hub can be a long way round. */
const detourBudgetMs = 1_500;

/** What a detour must not use: entity ids and relationship ids. */
interface Avoiding {
  avoid: string[];
  avoidEdges: string[];
}

const routeOf = (row: Row) => (row.edges as unknown as ApiEdge[]).map((edge) => edge.id).join(' ');

/**
 * The next-shortest paths, in the spirit of Yen's algorithm: every path taken so far is varied by
 * avoiding, one at a time, each entity inside it and each relationship on it (on top of what it
 * already avoided); the shortest variant not yet taken comes next. A variant not found within its
 * budget is left out rather than holding the answer up.
 */
async function detours(
  db: Database,
  from: string,
  to: string,
  shortest: Row,
  count: number,
): Promise<Row[]> {
  const taken = new Set([routeOf(shortest)]);
  const candidates = new Map<string, { row: Row; avoiding: Avoiding }>();
  const found: Row[] = [];
  let next: { row: Row; avoiding: Avoiding } | undefined = {
    row: shortest,
    avoiding: { avoid: [], avoidEdges: [] },
  };
  while (next && found.length < count) {
    const { row, avoiding } = next;
    const inside = (row.nodes as unknown as NodeRow[]).slice(1, -1).map((node) => node.id);
    const steps = (row.edges as unknown as ApiEdge[]).map((edge) => edge.id);
    const variants: Avoiding[] = [
      ...inside.map((id) => ({ ...avoiding, avoid: [...avoiding.avoid, id] })),
      ...steps.map((id) => ({ ...avoiding, avoidEdges: [...avoiding.avoidEdges, id] })),
    ];
    const answers = await Promise.all(variants.map((variant) => detour(db, from, to, variant)));
    answers.forEach((answer, index) => {
      if (answer && !taken.has(routeOf(answer)) && !candidates.has(routeOf(answer))) {
        candidates.set(routeOf(answer), { row: answer, avoiding: variants[index]! });
      }
    });
    next = [...candidates.values()].sort((a, b) => Number(a.row.hops) - Number(b.row.hops))[0];
    if (next) {
      candidates.delete(routeOf(next.row));
      taken.add(routeOf(next.row));
      found.push(next.row);
    }
  }
  return found;
}

/** The shortest path that avoids `avoiding`, or undefined when none is found in time. */
async function detour(
  db: Database,
  from: string,
  to: string,
  avoiding: Avoiding,
): Promise<Row | undefined> {
  try {
    const [row] = await db.read(
      'graph/paths',
      { from, to, ...avoiding },
      { timeoutMs: detourBudgetMs },
    );
    return row;
  } catch (error) {
    if (error instanceof AppError && error.code === 'query_timeout') return undefined;
    throw error;
  }
}

export async function pathsBetween(
  db: Database,
  from: string,
  to: string,
  k: number,
): Promise<GraphPayload & { paths: PathSummary[] }> {
  if (from === to) {
    throw new AppError(
      400,
      'invalid_parameter',
      'Parameters "from" and "to" must name two different entities.',
    );
  }
  await entityById(db, from);
  await entityById(db, to);
  const [shortest] = await db.read('graph/paths', { from, to, avoid: [], avoidEdges: [] });
  if (!shortest) return { nodes: [], edges: [], truncated: false, paths: [] };
  const rows = [shortest, ...(await detours(db, from, to, shortest, k - 1))];
  const nodes = new Map<string, ApiNode>();
  const edges = new Map<string, ApiEdge>();
  const paths = rows.map((row) => {
    const pathNodes = (row.nodes as unknown as NodeRow[]).map(toApiNode);
    const pathEdges = row.edges as unknown as ApiEdge[];
    pathNodes.forEach((node) => nodes.set(node.id, node));
    pathEdges.forEach((edge) => edges.set(edge.id, edge));
    return {
      nodes: pathNodes.map((node) => node.id),
      edges: pathEdges.map((edge) => edge.id),
      hops: Number(row.hops),
    };
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false, paths };
}

function notFound(id: string): AppError {
  return new AppError(404, 'not_found', `No entity has the id "${id}".`);
}
