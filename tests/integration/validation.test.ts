import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../server/seed/seed-database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let before: Awaited<ReturnType<typeof countGraph>>;
beforeAll(async () => {
  app = await startTestApp();
  before = await countGraph(app.db);
});
afterAll(() => app.close());

const badRequests: [string, string][] = [
  ['/api/graph?limit=0', 'limit'],
  ['/api/graph?limit=-3', 'limit'],
  ['/api/graph?limit=1.5', 'limit'],
  ['/api/graph?limit=abc', 'limit'],
  ['/api/graph?limit=20001', 'limit'],
  ['/api/graph?limit=1&limit=2', 'limit'],
  ['/api/search', 'q'],
  ['/api/search?q=', 'q'],
  ['/api/search?q=%20%20', 'q'],
  [`/api/search?q=${'x'.repeat(201)}`, 'q'],
  ['/api/search?q=a&limit=101', 'limit'],
  ['/api/nodes/shengshu/neighbors?depth=0', 'depth'],
  ['/api/nodes/shengshu/neighbors?depth=4', 'depth'],
  ['/api/nodes/shengshu/neighbors?depth=two', 'depth'],
  ['/api/nodes/shengshu/neighbors?limit=1001', 'limit'],
  [`/api/nodes/${'y'.repeat(201)}`, 'id'],
];

describe('bad input', () => {
  it.each(badRequests)('when %s is asked, then it answers 400 naming "%s"', async (path, name) => {
    const { status, body } = await app.get(path);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 'invalid_parameter', message: expect.any(String) } });
    expect(body.error.message).toContain(`"${name}"`);
    expect(body.error.message).not.toMatch(/\bat \w+ \(|node_modules|Error:/);
  });

  it('when an unknown API path is asked, then it answers a JSON 404', async () => {
    const { status, body } = await app.get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('when every bad request has been made, then the database holds exactly what it held', async () => {
    expect(before.entities).toBe(45);
    expect(await countGraph(app.db)).toEqual(before);
  });
});
