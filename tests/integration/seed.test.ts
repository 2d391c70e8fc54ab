import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startSeededNeo4j } from '../support/own-neo4j.ts';
import type { ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

// A Neo4j of this file's own: it seeds again and again, which other files must not see.
let neo4j: ThrowawayNeo4j;
let db: Database;
beforeAll(async () => {
  neo4j = await startSeededNeo4j();
  db = openDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
}, 180_000);
afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

describe('seeding', () => {
  it('when seeded three times, then the counts stay exactly those of the seed files', async () => {
    const data = loadSeedData();
    const first = await seedDatabase(db, data);
    const second = await seedDatabase(db, data);
    const third = await seedDatabase(db, data);
    expect(first.entities).toBe(data.nodes.length);
    expect(Object.values(first.types).reduce((a, b) => a + b, 0)).toBe(data.relationships.length);
    expect(second.written.nodesCreated ?? 0).toBe(0);
    expect(third.written.relationshipsCreated ?? 0).toBe(0);
    expect({ ...third, written: {} }).toEqual({ ...first, written: {} });
  });

  it('when seeded, then every node and relationship carries quotes found in the article', async () => {
    const { article } = loadSeedData();
    const { body } = await fetchGraph(db);
    for (const item of [...body.nodes, ...body.edges]) {
      const quotes = item.properties.quotes as string[];
      expect(quotes.length, item.id).toBeGreaterThan(0);
      for (const quote of quotes) expect(article).toContain(quote);
    }
  });

  it('when seeded, then the database enforces unique entity ids', async () => {
    const constraints = await db.read('schema-constraints');
    expect(constraints).toContainEqual(
      expect.objectContaining({ type: 'UNIQUENESS', labels: ['Entity'], properties: ['id'] }),
    );
  });
});

async function fetchGraph(database: Database) {
  const { wholeGraph } = await import('../../server/services/graph-service.ts');
  return { body: await wholeGraph(database, 10_000) };
}
