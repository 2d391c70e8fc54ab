import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const builtinIds = readdirSync(path.join(projectRoot, 'cypher', 'views'))
  .filter((file) => file.endsWith('.cypher'))
  .map((file) => file.replace(/\.cypher$/, ''));

const run = (id: string, params: Record<string, unknown> = {}) =>
  app.send('POST', `/api/views/${id}/run`, { params });

/** One fact from the article each built-in view must show with its defaults. */
const knownFacts: Record<string, (body: any) => void> = {
  'world-model-funders': (b) =>
    expect(b.edges.map((e: any) => e.id)).toContain('alibaba-cloud-LED-shengshu-series-b'),
  'company-funding-network': (b) =>
    expect(b.edges.map((e: any) => e.id)).toEqual(
      expect.arrayContaining([
        'shengshu-RAISED-shengshu-series-b',
        'baidu-ventures-PARTICIPATED_IN-shengshu-series-b',
      ]),
    ),
  'funding-totals-by-investor': (b) => {
    const tal = b.rows.find((row: any[]) => row[0] === 'TAL Education');
    expect(tal).toEqual([
      'TAL Education',
      ['PARTICIPATED_IN'],
      'CNY',
      1,
      2_000_000_000,
      ['2 billion yuan ($290 million)'],
    ]);
  },
  'funding-totals-by-currency': (b) => {
    expect(b.columns).toEqual(['currency', 'rounds', 'total', 'roundsIncluded']);
    expect(b.rows.find((row: any[]) => row[0] === 'CNY').slice(0, 3)).toEqual([
      'CNY',
      2,
      2_600_000_000,
    ]);
    expect(b.rows.find((row: any[]) => row[0] === 'EUR').slice(0, 3)).toEqual([
      'EUR',
      1,
      500_000_000,
    ]);
  },
  'llm-vs-world-model-camps': (b) => {
    const camps = new Set(b.nodes.map((n: any) => n.properties.camp));
    expect(camps).toEqual(new Set(['llm', 'world-model', 'both']));
    expect(b.edges.map((e: any) => e.id)).toContain('world-models-SUCCESSOR_TO-llms');
  },
  'entities-by-camp': (b) => {
    expect(b.nodes.every((n: any) => n.properties.camp === 'world-model')).toBe(true);
    expect(b.nodes.map((n: any) => n.id)).toContain('shengshu');
  },
  'camp-bridges': (b) =>
    expect(b.rows.map((row: any[]) => row[0].id)).toEqual(
      expect.arrayContaining(['alibaba', 'world-models']),
    ),
  neighbourhood: (b) => {
    const ids = b.nodes.map((n: any) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['shengshu', 'zhu-jun', 'shengshu-series-b', 'alibaba-cloud']),
    );
  },
  'shortest-path': (b) => {
    expect(b.rows[0][1]).toBe(3);
    expect(b.rows[0][0].nodes).toEqual(['zhu-jun', 'shengshu', 'world-labs', 'fei-fei-li']);
  },
  'people-and-organisations': (b) =>
    expect(b.edges.map((e: any) => e.id)).toEqual(
      expect.arrayContaining(['yann-lecun-LEFT-meta', 'zhu-jun-FOUNDED-shengshu']),
    ),
  'products-and-technologies': (b) =>
    expect(b.edges.map((e: any) => e.id)).toContain('nvidia-DEVELOPS-cosmos'),
  'world-model-applications': (b) =>
    expect(b.edges.map((e: any) => e.id)).toContain('world-models-APPLIED_TO-autonomous-driving'),
  'sceptics-and-challenges': (b) =>
    expect(b.edges.map((e: any) => e.id)).toEqual(
      expect.arrayContaining([
        'tim-lechleider-SKEPTICAL_OF-world-models',
        'shengshu-FACES-identity-drift',
      ]),
    ),
  'entity-sources': (b) => {
    expect(b.columns).toEqual(['sentence', 'supports', 'kind']);
    expect(b.rows.map((row: any[]) => row[0])).toContain(
      'ShengShu founder Zhu Jun stated that the company aims to build a "general world model" that bridges the gap between digital video generation and the physical requirements of robotics and autonomous driving.',
    );
  },
  'dated-facts': (b) =>
    expect(b.rows).toContainEqual([
      'AMI Labs €500 million raise',
      'FundingRound',
      'early 2026',
      'approximate',
      2026,
    ]),
};

describe('built-in views', () => {
  it('when listed, then every built-in view file is there, each with a title, description, category and typed defaults', async () => {
    const { status, body } = await app.get('/api/views');
    expect(status).toBe(200);
    const builtins = body.views.filter((view: any) => view.builtin);
    expect(builtins.map((view: any) => view.id).sort()).toEqual([...builtinIds].sort());
    for (const view of builtins) {
      expect(view.title && view.description && view.category, view.id).toBeTruthy();
      for (const param of view.params)
        expect(param.default, `${view.id}.${param.name}`).not.toBe('');
    }
  });

  it('when every built-in view has a known fact to check, then none is forgotten', () => {
    expect(Object.keys(knownFacts).sort()).toEqual([...builtinIds].sort());
  });

  it.each(builtinIds)(
    'when %s is planned with EXPLAIN, then Neo4j accepts it as a read',
    async (id) => {
      const { body } = await app.get(`/api/views/${id}`);
      const cypher: string = body.view.cypher;
      // The ad-hoc endpoint plans first and refuses anything but a read; a view must pass it.
      const params = Object.fromEntries(body.view.params.map((p: any) => [p.name, p.default]));
      const answer = await app.send('POST', '/api/query', { cypher, params });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    },
  );

  it.each(builtinIds)(
    'when %s runs with its defaults, then it answers something non-empty and true',
    async (id) => {
      const { status, body } = await run(id);
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.rows.length).toBeGreaterThan(0);
      expect(body.truncated).toBe(false);
      knownFacts[id]!(body);
    },
  );

  it('when a view gets parameter values, then they are used', async () => {
    const { body } = await run('shortest-path', { from: 'tim-lechleider', to: 'world-models' });
    expect(body.rows[0][1]).toBe(1);
    const camp = await run('entities-by-camp', { camp: 'llm' });
    expect(camp.body.nodes.map((n: any) => n.id).sort()).toEqual([
      'chatgpt',
      'llm-physical-grounding-gap',
      'llms',
      'scaling-laws',
    ]);
  });

  it.each([
    [{ depth: 4 }, 'Parameter "depth" must be at most 3.'],
    [{ depth: 'two' }, 'Parameter "depth" must be a number.'],
    [{ depth: 1.5 }, 'Parameter "depth" must be a whole number.'],
    [{ entity: 'openai' }, 'Parameter "entity": no entity has the id "openai".'],
    [{ entity: '' }, 'Parameter "entity" must not be empty.'],
    [{ colour: 'red' }, 'Parameter "colour" is not one this view declares (entity, depth).'],
  ])(
    'when a parameter is ill-typed (%j), then the view answers 400 naming it',
    async (params, message) => {
      const { status, body } = await run('neighbourhood', params);
      expect(status).toBe(400);
      expect(body.error).toEqual({ code: 'invalid_parameter', message });
    },
  );

  it('when a view that takes no parameters is given one, then it answers 400 saying it takes none', async () => {
    const { status, body } = await run('camp-bridges', { depth: 2 });
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'invalid_parameter',
      message: 'Parameter "depth" is not one this view declares (it takes none).',
    });
  });

  it('when a choice is not among its choices, then it is refused with the choices listed', async () => {
    const { status, body } = await run('entities-by-camp', { camp: 'robots' });
    expect(status).toBe(400);
    expect(body.error.message).toBe(
      'Parameter "camp" must be one of llm, world-model, both, neutral.',
    );
  });

  it('when the view is unknown, then it answers 404', async () => {
    const notFound = { code: 'not_found', message: 'No view has the id "no-such-view".' };
    for (const answer of [await run('no-such-view'), await app.get('/api/views/no-such-view')]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error).toEqual(notFound);
    }
  });
});

describe('GET /api/schema', () => {
  it('when asked, then it lists the labels, relationship types and property keys in use', async () => {
    const { status, body } = await app.get('/api/schema');
    expect(status).toBe(200);
    expect(body.labels).toEqual(expect.arrayContaining(['Company', 'FundingRound', 'Person']));
    expect(body.relationshipTypes).toEqual(expect.arrayContaining(['LED', 'RAISED']));
    expect(body.propertyKeys).toEqual(expect.arrayContaining(['name', 'camp', 'quotes']));
  });
});
