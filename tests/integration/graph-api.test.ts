import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { overview, wholeGraph } from '../../server/services/graph-service.ts';
import { overviewCache, overviewMaxAgeMs } from '../../server/services/overview-cache.ts';
import { ReferenceGraph } from '../support/reference-graph.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** What the seed writes: this file's database holds the seed and nothing else. */
const seed = loadSeedData();
const seedIds = seed.nodes.map((node) => node.id).sort();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('GET /api/graph', () => {
  it('when asked without a limit, then it answers the whole seeded ecosystem', async () => {
    const { status, body } = await app.get('/api/graph');
    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    expect(body.nodes.length).toBe(45);
    expect(body.nodes.map((node: { id: string }) => node.id).sort()).toEqual(seedIds);
    const ids = new Set(body.nodes.map((node: { id: string }) => node.id));
    for (const id of [
      'shengshu',
      'alibaba-cloud',
      'vidu',
      'chatgpt',
      'genie-3',
      'cosmos',
      'zhu-jun',
    ]) {
      expect(ids).toContain(id);
    }
    // Every edge joins two returned nodes, by slug.
    for (const edge of body.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
  });

  it('when a node is returned, then it has the documented shape with plain JSON values', async () => {
    const { body } = await app.get('/api/graph');
    const round = body.nodes.find((node: { id: string }) => node.id === 'shengshu-series-b');
    expect(round).toMatchObject({
      id: 'shengshu-series-b',
      labels: ['FundingRound'],
      caption: expect.any(String),
      properties: { currency: 'CNY', amount: 2_000_000_000, camp: 'world-model' },
    });
    expect(round.properties.quotes[0]).toContain('2 billion yuan');
    const edge = body.edges.find(
      (e: { id: string }) => e.id === 'alibaba-cloud-LED-shengshu-series-b',
    );
    expect(edge).toMatchObject({
      type: 'LED',
      source: 'alibaba-cloud',
      target: 'shengshu-series-b',
      properties: {
        quotes: expect.arrayContaining([expect.stringContaining('Alibaba Cloud has led')]),
      },
    });
  });

  it('when the limit is smaller than the graph, then it answers that many nodes and says truncated', async () => {
    const { status, body } = await app.get('/api/graph?limit=5');
    expect(status).toBe(200);
    expect(body.nodes).toHaveLength(5);
    expect(body.truncated).toBe(true);
    const ids = new Set(body.nodes.map((node: { id: string }) => node.id));
    for (const edge of body.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });
});

describe('GET /api/search', () => {
  it('when the text is part of a name in another case, then the entity is found', async () => {
    const { status, body } = await app.get('/api/search?q=SHENG');
    expect(status).toBe(200);
    expect(body.nodes[0].id).toBe('shengshu');
  });

  it('when several names match, then the exact and prefix matches come first', async () => {
    const { body } = await app.get('/api/search?q=alibaba');
    expect(body.nodes.map((node: { id: string }) => node.id).slice(0, 2)).toEqual([
      'alibaba',
      'alibaba-cloud',
    ]);
  });

  it('when the text matches inside a word, then it is found too', async () => {
    const { body } = await app.get('/api/search?q=ecun');
    expect(body.nodes.map((node: { id: string }) => node.id)).toContain('yann-lecun');
  });

  it('when a limit is given, then no more matches come back', async () => {
    const { body } = await app.get('/api/search?q=a&limit=3');
    expect(body.nodes).toHaveLength(3);
  });

  it('when nothing matches, then the list is empty', async () => {
    const { status, body } = await app.get('/api/search?q=zzzz-nothing');
    expect(status).toBe(200);
    expect(body.nodes).toEqual([]);
  });

  it('when the text holds Cypher syntax, then it is only ever matched as text', async () => {
    const { status, body } = await app.get(
      `/api/search?q=${encodeURIComponent("') MATCH (n) DETACH DELETE n //")}`,
    );
    expect(status).toBe(200);
    expect(body.nodes).toEqual([]);
    expect((await app.get('/api/graph')).body.nodes.length).toBe(seedIds.length);
  });
});

describe('GET /api/nodes/:id', () => {
  it('when the id exists, then the node comes back with its quotes', async () => {
    const { status, body } = await app.get('/api/nodes/zhu-jun');
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ id: 'zhu-jun', labels: ['Person'], caption: 'Zhu Jun' });
    expect(body.node.properties.quotes.join(' ')).toContain('ShengShu founder Zhu Jun');
  });

  it('when the id is unknown, then it answers 404 with an error body', async () => {
    const { status, body } = await app.get('/api/nodes/openai');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('when depth is 1, then it answers the node and its direct neighbours', async () => {
    const { status, body } = await app.get('/api/nodes/shengshu-series-b/neighbors');
    expect(status).toBe(200);
    const ids = body.nodes.map((node: { id: string }) => node.id).sort();
    expect(ids).toEqual(
      [
        'alibaba',
        'alibaba-cloud',
        'baidu-ventures',
        'shengshu',
        'shengshu-series-b',
        'tal-education',
      ].sort(),
    );
    expect(body.truncated).toBe(false);
    expect(body.edges.map((edge: { type: string }) => edge.type)).toContain('PARTICIPATED_IN');
  });

  it('when depth is 2, then neighbours of neighbours are included', async () => {
    const { body } = await app.get('/api/nodes/zhu-jun/neighbors?depth=2');
    const ids = body.nodes.map((node: { id: string }) => node.id);
    expect(ids).toContain('shengshu');
    expect(ids).toContain('vidu');
    expect(ids).not.toContain('chatgpt');
  });

  it('when the limit is reached, then the nearest neighbours are kept and truncated is set', async () => {
    const { body } = await app.get('/api/nodes/zhu-jun/neighbors?depth=2&limit=2');
    expect(body.nodes.map((node: { id: string }) => node.id).sort()).toEqual([
      'shengshu',
      'zhu-jun',
    ]);
    expect(body.truncated).toBe(true);
  });

  it('when the id is unknown, then it answers 404', async () => {
    const { status, body } = await app.get('/api/nodes/nobody/neighbors');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'not_found', message: 'No entity has the id "nobody".' });
  });

  it('when a type is given without a direction, then relationships of that type are followed either way', async () => {
    // World models embody some ideas and are embodied by others.
    const [id, type] = ['world-models', 'EMBODIES'];
    const { body } = await app.get(`/api/nodes/${id}/neighbors?type=${type}&limit=100`);
    const expected = seed.relationships.filter(
      (rel) => rel.type === type && (rel.source === id || rel.target === id),
    );
    expect(new Set(expected.map((rel) => (rel.source === id ? 'out' : 'in')))).toEqual(
      new Set(['out', 'in']),
    );
    expect(body.edges.map((edge: { id: string }) => edge.id).sort()).toEqual(
      expected.map((rel) => rel.id).sort(),
    );
    const others = new Set(expected.map((rel) => (rel.source === id ? rel.target : rel.source)));
    expect(body.total).toBe(others.size);
  });

  it('when a type is given for an unknown id, then it answers 404', async () => {
    const { status, body } = await app.get('/api/nodes/nobody/neighbors?type=LED');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'not_found', message: 'No entity has the id "nobody".' });
  });

  it('when a type is given with a depth above 1, then the 400 says type and direction apply to depth 1 only', async () => {
    const { body } = await app.get('/api/nodes/shengshu/neighbors?type=LED&depth=2');
    expect(body.error).toEqual({
      code: 'invalid_parameter',
      message: 'Parameters "type" and "direction" apply to depth 1 only.',
    });
  });
});

describe('wholeGraph', () => {
  it('when no group is given, then the most connected of every kind in every camp are drawn', async () => {
    const reference = new ReferenceGraph(seed.nodes, seed.relationships);
    const graph = await wholeGraph(app.db, 5);
    expect(graph.total).toBe(seedIds.length);
    expect(graph.nodes.map((node) => node.id)).toEqual(reference.hubs(5));
  });
});

describe('GET /api/sources and /api/changes', () => {
  it('when the seed is the only source, then it is listed with its year and the facts it backs', async () => {
    const { body } = await app.get('/api/sources');
    expect(body.sources).toHaveLength(1);
    expect(body.sources[0]).toMatchObject({
      id: 'nextfin-alibaba-shengshu',
      publisher: 'NextFin News',
      year: 2026,
      facts: { entities: seed.nodes.length, relationships: seed.relationships.length },
    });
  });

  it('when asked for changes since before the seed, then every seeded fact is listed; since after it, none', async () => {
    const { body: before } = await app.get('/api/changes?since=2025-01-01');
    expect(before.changes).toHaveLength(seed.nodes.length + seed.relationships.length);
    const { body: after } = await app.get('/api/changes?since=2030-01-01');
    expect(after.changes).toEqual([]);
  });
});

describe('GET /api/sources/:id/sentences', () => {
  it('when asked for the seeded article, then every sentence comes in order with the facts it supports', async () => {
    const { status, body } = await app.get('/api/sources/nextfin-alibaba-shengshu/sentences');
    expect(status).toBe(200);
    expect(body.sentences[0]).toMatchObject({ index: 1, part: 'headline' });
    const founder = body.sentences.find((s: any) => s.text.startsWith('ShengShu founder Zhu Jun'));
    expect(founder.nodes).toEqual(expect.arrayContaining(['zhu-jun', 'general-world-model']));
    expect(founder.edges).toContain('zhu-jun-FOUNDED-shengshu');
  });

  it('when the source is unknown, then it answers 404', async () => {
    const { status, body } = await app.get('/api/sources/nothing/sentences');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'not_found', message: 'No source has the id "nothing".' });
  });
});

// How it follows changes to the graph is in sources.test.ts, which may write.
describe('the overview kept between requests', () => {
  it('when nothing changed, then it is computed once; when told of a change or past its age, again; and one computation serves requests that arrive during it', async () => {
    let computed = 0;
    let clock = 0;
    const cache = overviewCache(
      app.db,
      () => clock,
      (db) => ((computed += 1), overview(db)),
    );
    const first = await cache.get();
    expect(first.entities).toBe(45);
    expect(await cache.get()).toBe(first);
    expect(computed).toBe(1);
    cache.forget();
    await cache.get();
    expect(computed).toBe(2);
    clock = overviewMaxAgeMs;
    await cache.get();
    expect(computed).toBe(2);
    clock += 1;
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(computed).toBe(3);
  });

  it('when a computation fails, then it is not kept: the next request computes again', async () => {
    let attempts = 0;
    const cache = overviewCache(app.db, Date.now, async (db) => {
      attempts += 1;
      if (attempts === 1) throw new Error('Neo4j went away');
      return overview(db);
    });
    await expect(cache.get()).rejects.toThrow('Neo4j went away');
    expect((await cache.get()).entities).toBe(45);
    expect(attempts).toBe(2);
  });
});
