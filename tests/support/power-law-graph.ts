import type { Database } from '../../server/neo4j/database.ts';
import { loadSeedData, relationshipId } from '../../server/seed/seed-data.ts';
import { bulkWrite, seedDatabase } from '../../server/seed/seed-database.ts';
import {
  generateSyntheticGraph,
  SYNTHETIC_QUOTE,
  SYNTHETIC_SOURCE,
  type SyntheticGraph,
} from '../../server/seed/synthetic/synthetic-graph.ts';
import { ReferenceGraph } from './reference-graph.ts';

/**
 * The power-law graph of the scale tests: the seed data plus a 3,000-entity synthetic ecosystem.
 * Built here alone so scale.test.ts and the mutation run (which hands it a Neo4j already holding
 * it) write and expect the identical graph.
 */
export interface PowerLawGraph {
  /** The synthetic part, as bulkWrite takes it. */
  synthetic: SyntheticGraph;
  /** Seed and synthetic together, to compute expected answers from. */
  reference: ReferenceGraph;
}

/** How bulkWrite is asked to write the synthetic part (several transactions in flight). */
export const POWER_LAW_WRITE_OPTIONS = { batchSize: 700, inFlight: 3 } as const;

/** The graph, built in memory; the same on every call. */
export function powerLawGraph(): PowerLawGraph {
  const seed = loadSeedData();
  const synthetic = withHubLinks(generateSyntheticGraph(3_000, 7));
  return {
    synthetic,
    reference: new ReferenceGraph(
      [...seed.nodes, ...synthetic.nodes],
      [...seed.relationships, ...synthetic.relationships],
    ),
  };
}

/** Writes the seed data and then the synthetic part into an empty database. */
export async function writePowerLawGraph(db: Database, graph: PowerLawGraph): Promise<void> {
  await seedDatabase(db, loadSeedData());
  await bulkWrite(db, { sourceId: SYNTHETIC_SOURCE, ...graph.synthetic }, POWER_LAW_WRITE_OPTIONS);
}

/**
 * The generator happens to join no two hubs here, so links among the three best connected are
 * added: the queries find those through a path of their own (edges-among-hubs.cypher).
 */
function withHubLinks(graph: SyntheticGraph): SyntheticGraph {
  const degree = new Map<string, number>();
  for (const rel of graph.relationships) {
    degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
    degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
  }
  const hubs = [...degree]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => id);
  // Hubs are entities with more than 200 relationships (whole-graph.cypher); the links are only
  // between hubs if all three are.
  if ((degree.get(hubs[2]!) ?? 0) <= 200) {
    throw new Error('The synthetic graph no longer has three hubs; pick another size or seed.');
  }
  const links = [
    [hubs[0]!, hubs[1]!],
    [hubs[1]!, hubs[2]!],
    [hubs[2]!, hubs[0]!],
  ].map(([source, target]) => ({
    id: relationshipId(source!, 'RELATED_TO', target!),
    type: 'RELATED_TO',
    source: source!,
    target: target!,
    properties: { synthetic: true },
    quotes: [SYNTHETIC_QUOTE],
  }));
  return { ...graph, relationships: [...graph.relationships, ...links] };
}
