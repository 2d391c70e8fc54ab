import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const timeoutMs = 2_000;
const maxBytes = 8 * 1024 * 1024;
let neo4j: ThrowawayNeo4j;
let app: TestApp;
beforeAll(async () => {
  neo4j = await startThrowawayNeo4j();
  app = await startTestApp({
    neo4j: { uri: neo4j.uri, password: neo4j.password },
    queryLimits: { timeoutMs, rowCap: 5_000, maxBytes },
  });
  await seedDatabase(app.db, loadSeedData());
  // Query workers start on first use; their start is not part of any query's time limit.
  await Promise.all([1, 2, 3].map(() => app.send('POST', '/api/query', { cypher: 'RETURN 1' })));
});
afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
});

/** Runs a query and answers its status, error code and how long the answer took. */
async function timed(cypher: string) {
  const started = performance.now();
  const { status, body } = await app.send('POST', '/api/query', { cypher });
  return { status, code: body?.error?.code as string | undefined, ms: performance.now() - started };
}

describe('every query within its limits', () => {
  it.each([
    ['one enormous row', 'RETURN range(1, 30000000) AS r'],
    [
      'a single-row computation Neo4j does not interrupt',
      'RETURN reduce(a = 0, x IN range(1, 2000000000) | a + x) AS n',
    ],
    [
      'many rows',
      'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 123456 RETURN count(*) AS n',
    ],
  ])(
    'when a query makes %s, then it is cut with a 4xx within 1.5 x the time limit plus a second',
    async (_what, cypher) => {
      const { status, code, ms } = await timed(cypher);
      expect([408, 413, 422]).toContain(status);
      expect(code).toMatch(/query_timeout|answer_too_large|query_memory_limit/);
      expect(ms).toBeLessThan(timeoutMs * 1.5 + 1_000);
      // And the explorer goes on answering.
      expect((await app.get('/api/health')).status).toBe(200);
    },
  );

  it('when a query needs more memory than one query may use, then it answers 422 at once, not a 500 after retries', async () => {
    const { status, body } = await app.send('POST', '/api/query', {
      cypher: 'UNWIND range(1, 20000000) AS x WITH collect(x) AS c RETURN size(c) AS n',
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe('query_memory_limit');
    expect((await app.get('/api/health')).status).toBe(200);
  });

  it('when an answer would pass the byte cap, then it is refused with 413 saying what to do', async () => {
    const { status, body } = await app.send('POST', '/api/query', {
      cypher: 'UNWIND range(1, 4000) AS i RETURN i, [x IN range(1, 400) | toString(x)] AS words',
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe('answer_too_large');
    expect(body.error.message).toMatch(/over the 8 MB limit: return fewer rows/);
  });
});

describe('a row too large for Neo4j to send', () => {
  let patient: TestApp;
  beforeAll(async () => {
    // Time enough for Neo4j to build the row and fail to send it before any deadline.
    patient = await startTestApp({
      neo4j: { uri: neo4j.uri, password: neo4j.password },
      queryLimits: { timeoutMs: 30_000, rowCap: 5_000, maxBytes },
    });
  });
  afterAll(async () => {
    await patient?.close();
  });

  it('when one row outgrows what Neo4j can send, then it answers 413 saying how to ask for less, not that Neo4j is down', async () => {
    const { status, body } = await patient.send('POST', '/api/query', {
      cypher: 'RETURN range(1, 30000000) AS r',
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe('answer_too_large');
    expect(body.error.message).toMatch(/too large for Neo4j to send.*fewer items per row/);
    expect((await patient.get('/api/health')).status).toBe(200);
    const after = await patient.send('POST', '/api/query', { cypher: 'RETURN 1 AS one' });
    expect(after.status).toBe(200);
  });
});
