import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { ReferenceGraph } from '../support/reference-graph.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** This file's database holds the seed and nothing else. */
const seed = loadSeedData();
const reference = new ReferenceGraph(seed.nodes, seed.relationships);
/** The longest path graph/paths.cypher looks for. */
const maxHops = 8;

interface PathsBody {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string }[];
  truncated: boolean;
  paths: { nodes: string[]; edges: string[]; hops: number }[];
}

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

  it.each([
    ['zhu-jun', 'fei-fei-li'],
    ['meta', 'nvidia'],
    ['chatgpt', 'vidu'],
    // Around the entity next to the start, these find only a longer detour than around others.
    ['vidu', 'world-labs'],
    ['vidu', 'yann-lecun'],
  ])(
    'when %s and %s are linked many ways, then the first two paths are the shortest and second-shortest there are',
    async (from, to) => {
      const { body } = await app.get(`/api/paths?from=${from}&to=${to}&k=3`);
      const lengths = reference.pathLengths(from, to, maxHops);
      expect(body.paths.slice(0, 2).map((path: { hops: number }) => path.hops)).toEqual(
        lengths.slice(0, 2),
      );
    },
  );

  it('when two relationships join the same two entities, then each is a path of its own, and every path there is comes back', async () => {
    const { body } = await app.get('/api/paths?from=tim-lechleider&to=world-models&k=5');
    const lengths = reference.pathLengths('tim-lechleider', 'world-models', maxHops);
    expect(lengths).toEqual([1, 1, 2]);
    expect(body.paths.map((path: { hops: number }) => path.hops)).toEqual(lengths);
  });

  it('when only one path exists, then only that one comes back, however many are asked for', async () => {
    const { status, body } = await app.get('/api/paths?from=zhu-jun&to=shengshu&k=3');
    expect(status).toBe(200);
    expect(reference.pathLengths('zhu-jun', 'shengshu', maxHops)).toEqual([1]);
    expect(body.paths).toEqual([
      { nodes: ['zhu-jun', 'shengshu'], edges: ['zhu-jun-FOUNDED-shengshu'], hops: 1 },
    ]);
  });

  it('when paths are found, then the answer draws each entity and relationship on them once, and each path walks relationships that join its entities', async () => {
    const { body } = (await app.get('/api/paths?from=chatgpt&to=vidu&k=4')) as {
      body: PathsBody;
    };
    expect(body.truncated).toBe(false);
    expect(body.paths).toHaveLength(4);
    const onPaths = (pick: (path: PathsBody['paths'][number]) => string[]) =>
      [...new Set(body.paths.flatMap(pick))].sort();
    expect(body.nodes.map((node) => node.id).sort()).toEqual(onPaths((path) => path.nodes));
    expect(body.edges.map((edge) => edge.id).sort()).toEqual(onPaths((path) => path.edges));
    const edgeById = new Map(body.edges.map((edge) => [edge.id, edge]));
    for (const path of body.paths) {
      expect(path.hops).toBe(path.edges.length);
      path.edges.forEach((id, step) => {
        const ends = [edgeById.get(id)!.source, edgeById.get(id)!.target].sort();
        expect(ends).toEqual([path.nodes[step], path.nodes[step + 1]].sort());
      });
    }
  });

  it('when the ends are the same, unknown or k is out of range, then it answers 4xx naming the parameter', async () => {
    expect((await app.get('/api/paths?from=vidu&to=vidu')).body.error).toEqual({
      code: 'invalid_parameter',
      message: 'Parameters "from" and "to" must name two different entities.',
    });
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
