import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('GET /api/paths', () => {
  it('when two entities are linked, then the shortest path comes first and alternatives follow, each a simple path', async () => {
    const { status, body } = await app.get('/api/paths?from=zhu-jun&to=fei-fei-li&k=3');
    expect(status).toBe(200);
    expect(body.paths[0]).toEqual({
      nodes: ['zhu-jun', 'shengshu', 'world-labs', 'fei-fei-li'],
      edges: [
        'zhu-jun-FOUNDED-shengshu',
        'shengshu-COMPETES_WITH-world-labs',
        'fei-fei-li-LEADS-world-labs',
      ],
      hops: 3,
    });
    expect(body.paths).toHaveLength(3);
    const hops = body.paths.map((path: any) => path.hops);
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    for (const path of body.paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
    // Every hop's relationship comes with its source sentence.
    for (const edge of body.edges) expect(edge.properties.quotes.length).toBeGreaterThan(0);
  });

  it('when the ends are the same, unknown or k is out of range, then it answers 4xx naming the parameter', async () => {
    expect((await app.get('/api/paths?from=vidu&to=vidu')).status).toBe(400);
    expect((await app.get('/api/paths?from=vidu&to=nobody')).status).toBe(404);
    const k = await app.get('/api/paths?from=vidu&to=meta&k=6');
    expect(k.status).toBe(400);
    expect(k.body.error.message).toBe('Parameter "k" must be at most 5.');
  });
});

describe('GET /api/nodes/:id/neighbors with intent', () => {
  it('when a type and direction are given, then only those relationships are followed', async () => {
    const { body } = await app.get('/api/nodes/shengshu-series-b/neighbors?type=LED&direction=in');
    expect(body.nodes.map((n: any) => n.id).sort()).toEqual([
      'alibaba',
      'alibaba-cloud',
      'shengshu-series-b',
    ]);
    expect(new Set(body.edges.map((e: any) => e.type))).toEqual(new Set(['LED']));
    expect(body.total).toBe(2);
  });

  it('when the direction is out, then incoming relationships are left out', async () => {
    const { body } = await app.get('/api/nodes/shengshu-series-b/neighbors?direction=out');
    expect(body.nodes.map((n: any) => n.id)).toEqual(['shengshu-series-b']);
    expect(body.total).toBe(0);
  });

  it('when capped, then the most significant neighbours are kept (rounds by amount first) and the total says how many exist', async () => {
    const { body } = await app.get(
      '/api/nodes/shengshu/neighbors?direction=out&type=RAISED,PURSUES,DEVELOPS&limit=3',
    );
    expect(body.nodes.map((n: any) => n.id)).toEqual([
      'shengshu',
      'shengshu-series-b',
      'shengshu-earlier-round',
    ]);
    expect(body.truncated).toBe(true);
    expect(body.total).toBe(5);
  });

  it('when type names are not relationship type names, or depth is above 1 with a type, then it answers 400', async () => {
    const bad = await app.get(
      `/api/nodes/shengshu/neighbors?type=${encodeURIComponent('LED]->() DETACH DELETE')}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('"type');
    expect((await app.get('/api/nodes/shengshu/neighbors?type=LED&depth=2')).status).toBe(400);
    expect((await app.get('/api/nodes/shengshu/neighbors?direction=up')).body.error.message).toBe(
      'Parameter "direction" must be out, in or both.',
    );
  });
});
