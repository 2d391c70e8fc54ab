import { afterAll, describe, expect, it } from 'vitest';
import { setupOrFailEach } from '../support/setup-or-fail-each.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// A Neo4j of this file's own: it writes views, which other files' fingerprints must not see.
let app: TestApp;
setupOrFailEach(async () => {
  app = await startTestApp({ ownNeo4j: true });
}, 180_000);
afterAll(() => app?.close());

const draft = {
  title: 'Who backs a round',
  description: 'The investors behind one funding round.',
  category: 'My views',
  cypher:
    'MATCH (i:Investor)-[r:LED|PARTICIPATED_IN]->(round:FundingRound {id: $round}) RETURN i, r, round',
  params: [
    { name: 'round', type: 'entity', default: 'shengshu-series-b', description: 'The round' },
  ],
};

describe('user views', () => {
  it('when a view is saved, edited, run and deleted, then each step answers as documented', async () => {
    const created = await app.send('POST', '/api/views', draft);
    expect(created.status).toBe(201);
    const id = created.body.view.id;
    expect(id).toBe('who-backs-a-round');
    expect(created.body.view).toMatchObject({
      builtin: false,
      title: draft.title,
      params: [expect.objectContaining({ name: 'round' })],
    });

    const listed = await app.get('/api/views');
    expect(listed.body.views.find((v: any) => v.id === id)).toMatchObject({
      builtin: false,
      category: 'My views',
    });

    const ran = await app.send('POST', `/api/views/${id}/run`, { params: {} });
    expect(ran.body.nodes.map((n: any) => n.id).sort()).toEqual([
      'alibaba',
      'alibaba-cloud',
      'baidu-ventures',
      'shengshu-series-b',
      'tal-education',
    ]);

    const edited = await app.send('PUT', `/api/views/${id}`, {
      ...draft,
      title: 'Who led a round',
      cypher: draft.cypher.replace('LED|PARTICIPATED_IN', 'LED'),
    });
    expect(edited.status).toBe(200);
    expect(edited.body.view).toMatchObject({ id, title: 'Who led a round' });
    const reran = await app.send('POST', `/api/views/${id}/run`, { params: {} });
    expect(reran.body.edges.map((e: any) => e.type)).toEqual(['LED', 'LED']);

    expect((await app.send('DELETE', `/api/views/${id}`)).status).toBe(204);
    const gone = { code: 'not_found', message: 'No view has the id "who-backs-a-round".' };
    for (const answer of [
      await app.get(`/api/views/${id}`),
      await app.send('DELETE', `/api/views/${id}`),
      await app.send('PUT', `/api/views/${id}`, draft),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error).toEqual(gone);
    }
  });

  it('when two views share a title, then the second gets its own id', async () => {
    const first = await app.send('POST', '/api/views', { ...draft, title: 'Twin' });
    const second = await app.send('POST', '/api/views', { ...draft, title: 'Twin' });
    expect([first.body.view.id, second.body.view.id]).toEqual(['twin', 'twin-2']);
    await app.send('DELETE', '/api/views/twin');
    await app.send('DELETE', '/api/views/twin-2');
  });

  it('when fifty views share a title, then the fifty-first is refused with 409 and the advice to choose another', async () => {
    const ids: string[] = [];
    try {
      for (let i = 0; i < 50; i++) {
        const { status, body } = await app.send('POST', '/api/views', { ...draft, title: 'Crowd' });
        expect(status).toBe(201);
        ids.push(body.view.id);
      }
      expect(ids.at(0)).toBe('crowd');
      expect(ids.at(-1)).toBe('crowd-50');
      const refused = await app.send('POST', '/api/views', { ...draft, title: 'Crowd' });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toEqual({
        code: 'conflict',
        message: 'Too many views share this title; choose another title.',
      });
    } finally {
      for (const id of ids) await app.send('DELETE', `/api/views/${id}`);
    }
  });

  it("when a user view takes a built-in view's title, then its id does not shadow the built-in", async () => {
    const created = await app.send('POST', '/api/views', { ...draft, title: 'Shortest path' });
    expect(created.body.view.id).toBe('shortest-path-2');
    await app.send('DELETE', `/api/views/${created.body.view.id}`);
  });

  it('when a built-in view is edited or deleted, then it answers 403', async () => {
    const edit = await app.send('PUT', '/api/views/shortest-path', draft);
    expect(edit.status).toBe(403);
    expect(edit.body.error).toEqual({
      code: 'builtin_view',
      message: 'Built-in views cannot be edited; duplicate it into a view of your own instead.',
    });
    const remove = await app.send('DELETE', '/api/views/shortest-path');
    expect(remove.status).toBe(403);
    expect(remove.body.error.message).toBe(
      'Built-in views cannot be deleted; duplicate it into a view of your own instead.',
    );
  });

  it.each([
    [{ ...draft, title: '' }, 'Parameter "title" must not be empty.'],
    [{ ...draft, cypher: 'MATCH (n RETURN n' }, /SyntaxError/],
    [
      { ...draft, params: [{ name: 'bad name', type: 'string', default: 'x' }] },
      /"params.0.name" must be a Cypher parameter name/,
    ],
    [
      { ...draft, params: [{ name: 'round', type: 'entity', default: 'nobody' }] },
      'Parameter "round": no entity has the id "nobody".',
    ],
    [
      { ...draft, params: [{ name: 'n', type: 'integer', default: 'x' }] },
      'Parameter "n" must be a number.',
    ],
    [
      { ...draft, params: [draft.params[0], draft.params[0]] },
      'Parameter "round" is declared twice.',
    ],
  ])(
    'when a draft is invalid (%#), then saving answers 400 and says why',
    async (body, message) => {
      const { status, body: answer } = await app.send('POST', '/api/views', body);
      expect(status).toBe(400);
      expect(answer.error.message).toMatch(message);
    },
  );
});

describe('user views with a picture', () => {
  it('when a view is saved with positions, then they come back with it and in the list', async () => {
    const positions = { 'shengshu-series-b': { x: 10.5, y: -20 }, alibaba: { x: 0, y: 0 } };
    const created = await app.send('POST', '/api/views', {
      ...draft,
      title: 'Pictured',
      positions,
    });
    expect(created.status).toBe(201);
    expect(created.body.view.positions).toEqual(positions);
    const listed = await app.get('/api/views');
    expect(listed.body.views.find((v: any) => v.id === created.body.view.id).positions).toEqual(
      positions,
    );
    const bad = await app.send('POST', '/api/views', {
      ...draft,
      title: 'Bad',
      positions: { a: { x: 'left', y: 0 } },
    });
    expect(bad.status).toBe(400);
    await app.send('DELETE', `/api/views/${created.body.view.id}`);
  });
});
