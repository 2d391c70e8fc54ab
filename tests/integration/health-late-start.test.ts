import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePassword } from '../../server/neo4j/credentials.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

// Apart from health.test.ts because it starts a Neo4j of its own: the mutation run
// (vitest.mutation.config.ts) reruns a file's tests for every mutant and leaves this one out.
describe('GET /api/health while the database is away', () => {
  let app: TestApp;
  let late: ThrowawayNeo4j | undefined;
  let port: number;
  const latePassword = generatePassword();
  beforeAll(async () => {
    port = await findFreePort();
    app = await startTestApp({
      neo4j: { uri: `bolt://127.0.0.1:${port}`, password: latePassword },
    });
  });
  afterAll(async () => {
    await app.close();
    await late?.stop();
  });

  it('when nothing listens at the Bolt address, then it answers 503 with an error body, and 200 once Neo4j comes up', async () => {
    const down = await app.get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('database_unavailable');
    expect(down.body.error.message).not.toMatch(/\n\s+at /);

    late = await startThrowawayNeo4j({ port, password: latePassword });
    const up = await app.get('/api/health');
    expect(up.status).toBe(200);
    expect(up.body.status).toBe('ok');
  });
});
