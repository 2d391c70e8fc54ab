import type { Database } from './neo4j/database.ts';
import { limits } from './routes/validate.ts';
import { neighborsOf, searchEntities, wholeGraph } from './services/graph-service.ts';

/**
 * Asks, once at start, what the page asks first: the first graph, a search, and the expansion
 * of the most connected entity, with the parameters the routes use by default. Neo4j plans
 * each query the first time it meets it and reads its pages from disk; at a million entities
 * the first graph took 2.3 s where later ones took 1.1 s, and whoever opened the page first paid
 * the difference. A failure here only means the first request pays as before, and reports it
 * itself.
 */
export async function warmUp(db: Database): Promise<void> {
  const first = await wholeGraph(db, limits.graphDefault);
  const hub = first.nodes[0];
  if (!hub) return;
  await searchEntities(db, hub.caption, limits.searchDefault);
  await neighborsOf(db, hub.id, { depth: 1, limit: limits.neighborsDefault, types: [] });
}
