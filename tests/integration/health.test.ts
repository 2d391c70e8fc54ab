import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('GET /api/health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('when Neo4j is up, then it answers ok with its version and edition', async () => {
    const { status, body } = await app.get('/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      neo4j: { version: expect.stringMatching(/^5\.26\./), edition: 'community' },
    });
  });
});
