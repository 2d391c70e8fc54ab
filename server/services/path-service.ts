import type { ApiEdge, ApiNode, GraphPayload } from '../contract.ts';
import { AppError } from '../errors.ts';
import type { Database, RowOf } from '../neo4j/database.ts';
import { entityById } from './graph-service.ts';

type PathRow = RowOf<'graph/paths'>;

/** One path between two entities, as ids in walking order. */
export interface PathSummary {
  nodes: string[];
  edges: string[];
  hops: number;
}

/** How long one detour may be looked for; a detour around a hub can be a long way round. */
const detourBudgetMs = 1_500;

/** What a detour must not use: entity ids and relationship ids. */
interface Avoiding {
  avoid: string[];
  avoidEdges: string[];
}

const routeOf = (row: PathRow) => row.edges.map((edge) => edge.id).join(' ');

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
  shortest: PathRow,
  count: number,
): Promise<PathRow[]> {
  const taken = new Set([routeOf(shortest)]);
  const candidates = new Map<string, { row: PathRow; avoiding: Avoiding }>();
  const found: PathRow[] = [];
  let next: { row: PathRow; avoiding: Avoiding } | undefined = {
    row: shortest,
    avoiding: { avoid: [], avoidEdges: [] },
  };
  while (next && found.length < count) {
    const { row, avoiding } = next;
    const inside = row.nodes.slice(1, -1).map((node) => node.id);
    const steps = row.edges.map((edge) => edge.id);
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
    next = [...candidates.values()].sort((a, b) => a.row.hops - b.row.hops)[0];
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
): Promise<PathRow | undefined> {
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

/** The shortest path between two entities and up to k - 1 next-shortest alternatives. */
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
    row.nodes.forEach((node) => nodes.set(node.id, node));
    row.edges.forEach((edge) => edges.set(edge.id, edge));
    return {
      nodes: row.nodes.map((node) => node.id),
      edges: row.edges.map((edge) => edge.id),
      hops: row.hops,
    };
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false, paths };
}
