import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

let neo4j: ThrowawayNeo4j;
beforeAll(async () => {
  neo4j = await startThrowawayNeo4j();
  const app = await startTestApp({ neo4j: { uri: neo4j.uri, password: neo4j.password } });
  await seedDatabase(app.db, loadSeedData());
  await app.close();
});
afterAll(() => neo4j?.stop());

const appWith = (queriesPerMinute: number) =>
  startTestApp({
    neo4j: { uri: neo4j.uri, password: neo4j.password },
    rateLimits: { queriesPerMinute, exportsPerMinute: 30 },
  });

describe('load shedding', () => {
  let app: TestApp | undefined;
  afterAll(() => app?.close());

  it('when one client passes its queries per minute, then it answers 429 with Retry-After, and health still answers', async () => {
    app = await appWith(5);
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i += 1) {
      last = await app.send('POST', '/api/query', { cypher: 'RETURN 1 AS one' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(last!.body.error.code).toBe('rate_limited');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await app.get('/api/health')).status).toBe(200);
    await app.close();
    app = undefined;
  });

  it('when 25 slow queries arrive at once, then 4 run, 16 wait, the rest answer 503 busy at once, and none is lost', async () => {
    app = await appWith(1_000);
    const slow = 'UNWIND range(1, 1500000) AS x WITH x WHERE x % 999983 = 0 RETURN count(x) AS n';
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => app!.send('POST', '/api/query', { cypher: slow })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    expect(statuses.filter((status) => status === 503)).toHaveLength(5);
    const busy = answers.find((answer) => answer.status === 503)!;
    expect(busy.body.error.code).toBe('busy');
    expect(busy.headers.get('retry-after')).toBe('5');
    for (const answer of answers.filter((each) => each.status === 200)) {
      expect(answer.body.rows).toEqual([[1]]);
    }
  });
});
