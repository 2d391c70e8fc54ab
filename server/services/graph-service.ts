import type { ApiEdge, ApiNode, GraphPayload, OverviewPayload } from '../contract.ts';
import { AppError } from '../errors.ts';
import type { Database, RowOf } from '../neo4j/database.ts';
import { searchTerms } from './search-terms.ts';

/**
 * Up to this many hubs, their edges are found pair by pair from each pair's smaller side; past
 * it, by walking each hub's outgoing relationships once (edges-from-hubs.cypher). Pairs grow
 * with the square: 516 hubs among a million entities' 2,000 most connected took 10 s in pairs,
 * 0.2 s walked; 2 hubs, one an investor with 80,000 links, take 3 ms in pairs, 40 ms walked.
 */
export const pairwiseHubsUpTo = 20;

/**
 * The graph queries find edges from their less connected end and name the `hubs` they skipped;
 * edges between two hubs are fetched here, only when there are two.
 */
async function withHubEdges<T extends GraphPayload>(
  db: Database,
  graph: T,
  hubs: string[],
): Promise<T> {
  if (hubs.length < 2) return graph;
  const query =
    hubs.length <= pairwiseHubsUpTo ? 'graph/edges-among-hubs' : 'graph/edges-from-hubs';
  const [row] = await db.read(query, { ids: hubs });
  return { ...graph, edges: [...graph.edges, ...(row?.edges ?? [])] };
}

/** Joins an answer given in parts (whole-graph.cypher) into one payload. */
function graphFromParts(
  rows: RowOf<'graph/whole-graph'>[],
  total: number,
): GraphPayload & { total: number } {
  const nodes: ApiNode[] = [];
  const edges: ApiEdge[] = [];
  for (const row of rows) {
    for (const node of row.nodes) nodes.push(node);
    for (const edge of row.edges) edges.push(edge);
  }
  return { nodes, edges, truncated: total > nodes.length, total };
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
  const { kind, camp } = group;
  const [rows, [count]] = await Promise.all([
    db.read('graph/whole-graph', { limit, byId: false, ...group }),
    db.read('graph/group-count', { kind, camp }),
  ]);
  return withHubEdges(db, graphFromParts(rows, count?.total ?? 0), rows[0]?.hubs ?? []);
}

/** The whole database grouped by kind and camp, for graphs too large to draw. */
export async function overview(db: Database): Promise<OverviewPayload> {
  const [row] = await db.read('graph/overview');
  const groupId = (kind: string, camp: string) => `${kind}|${camp}`;
  const groups = row?.groups ?? [];
  return {
    entities: groups.reduce((sum, group) => sum + group.count, 0),
    relationships: row?.relationships ?? 0,
    groups: groups.map((group) => ({ id: groupId(group.kind, group.camp), ...group })),
    links: (row?.links ?? []).map((link) => ({
      source: groupId(link.sourceKind, link.sourceCamp),
      target: groupId(link.targetKind, link.targetCamp),
      count: link.count,
    })),
  };
}

/** Tier of a match that is not at the start of a word (search.cypher). */
const anywhereTier = 3;

/**
 * The most full-text matches search.cypher ranks. Past it, the answer ranks the index's best
 * candidates (exact words first) rather than every match: "rou" in a million entities matches
 * every funding round.
 */
export const searchCandidates = 1_000;

/**
 * Entities whose name (alias or slug) contains `q`, best matches first. The full-text index is
 * asked for word starts first: when that fills `limit` with word-start matches, no match found
 * only by the costlier infix query could rank above them.
 */
export async function searchEntities(db: Database, q: string, limit: number): Promise<ApiNode[]> {
  const terms = searchTerms(q);
  if (terms === null) {
    return (await db.read('graph/search-scan', { q, limit })).map((row) => row.node);
  }
  const candidates = searchCandidates;
  let rows = await db.read('graph/search', { q, lucene: terms.prefix, candidates, limit });
  const last = rows.at(-1);
  if (rows.length < limit || (last?.tier ?? 0) >= anywhereTier) {
    rows = await db.read('graph/search', { q, lucene: terms.infix, candidates, limit });
  }
  return rows.map((row) => row.node);
}

/** One entity, or a 404. */
export async function entityById(db: Database, id: string): Promise<ApiNode> {
  const [row] = await db.read('graph/node-by-id', { id });
  if (!row) throw notFound(id);
  return row.node;
}

/** Depths with a query file of their own (variable-length bounds cannot be parameters). */
const neighborQueries = {
  1: 'graph/neighbors-depth-1',
  2: 'graph/neighbors-depth-2',
  3: 'graph/neighbors-depth-3',
} as const;

export type NeighborDepth = keyof typeof neighborQueries;

/**
 * The most relationships an entity may have for its direct neighbors to be chosen by name
 * (neighbors-depth-1.cypher); a bigger hub answers its first stored ones, without reading all.
 */
export const sortedNeighborsUpTo = 10_000;

/** Which way a relationship must point, seen from the expanded entity. */
export type Direction = 'out' | 'in' | 'both';

/** What GET /api/nodes/:id/neighbors asks for. */
export interface NeighborRequest {
  depth: NeighborDepth;
  /** Most nodes to answer, the entity itself included. */
  limit: number;
  /** Relationship types to follow; empty for all. Depth 1 only. */
  types: string[];
  /** Which way they must point; undefined for either. Depth 1 only. */
  direction?: Direction;
}

/** A neighborhood cut to chosen types and direction, with how many neighbors match in all. */
export interface FilteredNeighborhood extends GraphPayload {
  total: number;
}

/**
 * An entity and its neighbors: up to `depth` hops away, or, when types or a direction are
 * given, its direct neighbors through those, most significant first.
 */
export async function neighborsOf(
  db: Database,
  id: string,
  request: NeighborRequest,
): Promise<GraphPayload | FilteredNeighborhood> {
  const { depth, limit, types, direction } = request;
  // The queries cap the neighbors; the entity itself is one of the `limit` nodes.
  const neighborCap = limit - 1;
  if (types.length === 0 && direction === undefined) {
    const [row] = await db.read(neighborQueries[depth], {
      id,
      limit: neighborCap,
      sortedUpTo: sortedNeighborsUpTo,
    });
    if (!row) throw notFound(id);
    const { nodes, edges, truncated } = row;
    return withHubEdges(db, { nodes, edges, truncated }, row.hubs);
  }
  if (depth !== 1) {
    throw new AppError(
      400,
      'invalid_parameter',
      'Parameters "type" and "direction" apply to depth 1 only.',
    );
  }
  const [row] = await db.read('graph/neighbors-filtered', {
    id,
    types,
    direction: direction ?? 'both',
    limit: neighborCap,
  });
  if (!row) throw notFound(id);
  return row;
}

function notFound(id: string): AppError {
  return new AppError(404, 'not_found', `No entity has the id "${id}".`);
}
