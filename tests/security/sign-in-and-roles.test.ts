import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserStore } from '../../server/auth/user-store.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let users: UserStore;
const passwords = {
  vera: 'vera-viewer-password',
  ed: 'ed-editor-password',
  ada: 'ada-admin-password',
};
beforeAll(async () => {
  // Its own Neo4j: it writes users and fingerprints the whole database.
  app = await startTestApp({ ownNeo4j: true, security: { auth: 'on' } });
  users = new UserStore(app.db);
  await users.save('vera', 'viewer', passwords.vera);
  await users.save('ed', 'editor', passwords.ed);
  await users.save('ada', 'admin', passwords.ada);
}, 180_000);
afterAll(async () => {
  for (const name of ['vera', 'ed', 'ada', 'gone', 'guessed', 'mover']) await users.remove(name);
  await app.close();
});

/** Signs in and answers the Cookie header to send as that user. */
async function signIn(name: string, password: string): Promise<string> {
  const answer = await app.send('POST', '/api/session', { username: name, password });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  const cookie = answer.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0] ?? '';
}

const as = (cookie: string) => ({ cookie });
const draft = (title: string) => ({ title, cypher: 'MATCH (n:Entity) RETURN n LIMIT 1' });

describe('without a session', () => {
  it.each([
    ['GET', '/api/graph'],
    ['GET', '/api/views'],
    ['GET', '/api/search?q=world'],
    ['GET', '/api/sources'],
    ['GET', '/api/schema'],
    ['GET', '/api/audit'],
    ['GET', '/api/export/json?view=world-model-funders'],
    ['POST', '/api/query'],
    ['POST', '/api/views'],
    ['POST', '/api/views/world-model-funders/run'],
    ['DELETE', '/api/views/world-model-funders'],
  ])('when %s %s is asked, then it answers 401 and reveals nothing', async (method, path) => {
    const before = await fingerprint(app.db);
    const { status, body } = await app.send(
      method,
      path,
      method === 'GET' ? undefined : draft('x'),
    );
    expect(status).toBe(401);
    expect(body.error.code).toBe('sign_in_required');
    expect(JSON.stringify(body)).not.toMatch(/shengshu|world model/i);
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('when health and the session are asked, then they answer (a load balancer must see health)', async () => {
    expect((await app.get('/api/health')).status).toBe(200);
    expect(await app.get('/api/session')).toEqual({
      status: 200,
      body: { auth: 'on', user: null },
    });
  });

  it('when a made-up cookie is sent, then it answers 401', async () => {
    const { status } = await app.get('/api/graph', as('explorer_session=forged-token-value'));
    expect(status).toBe(401);
  });
});

describe('signing in', () => {
  it('when the password is right, then the cookie is HttpOnly, SameSite=Strict, path-wide, and the session says who', async () => {
    const answer = await app.send('POST', '/api/session', {
      username: 'ed',
      password: passwords.ed,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ auth: 'on', user: { name: 'ed', role: 'editor' } });
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^explorer_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    const session = await app.get('/api/session', as(cookie.split(';')[0]!));
    expect(session.body.user).toEqual({ name: 'ed', role: 'editor' });
  });

  it('when the password is wrong or the user unknown, then it answers 401 with one message for both', async () => {
    const wrong = await app.send('POST', '/api/session', {
      username: 'ed',
      password: 'not-it-at-all',
    });
    const unknown = await app.send('POST', '/api/session', { username: 'nobody', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('when the body is not a sign-in, then it answers 400', async () => {
    const { status, body } = await app.send('POST', '/api/session', { username: 'ed' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_parameter');
  });

  it("when someone keeps guessing one user's password, then after five failures it answers 429 with Retry-After, even for the right password", async () => {
    await users.save('guessed', 'viewer', 'the-real-password-1');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const answer = await app.send('POST', '/api/session', {
        username: 'guessed',
        password: `guess-${attempt}`,
      });
      expect(answer.status).toBe(401);
    }
    const slowed = await app.send('POST', '/api/session', {
      username: 'guessed',
      password: 'the-real-password-1',
    });
    expect(slowed.status).toBe(429);
    expect(slowed.body.error.code).toBe('too_many_attempts');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('when signed out, then the cookie no longer opens anything', async () => {
    const cookie = await signIn('vera', passwords.vera);
    expect((await app.get('/api/views', as(cookie))).status).toBe(200);
    const out = await app.send('DELETE', '/api/session', undefined, as(cookie));
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await app.get('/api/views', as(cookie))).status).toBe(401);
  });

  it('when a user is removed, then their session stops working (within the 5 s a process trusts a lookup)', async () => {
    await users.save('gone', 'editor', 'gone-user-password');
    const cookie = await signIn('gone', 'gone-user-password');
    expect((await app.get('/api/views', as(cookie))).status).toBe(200);
    await users.remove('gone');
    await vi.waitFor(
      async () => expect((await app.get('/api/views', as(cookie))).status).toBe(401),
      { timeout: 10_000, interval: 500 },
    );
  });

  it('when a session has expired in the database, then it answers 401', async () => {
    await users.save('mover', 'viewer', 'mover-user-password');
    const cookie = await signIn('mover', 'mover-user-password');
    const driver = neo4j.driver(app.neo4j.uri, neo4j.auth.basic('neo4j', app.neo4j.password));
    try {
      await driver.executeQuery(
        "MATCH (s:ExplorerSession {user: 'mover'}) SET s.expiresAt = datetime() - duration('PT1S')",
      );
    } finally {
      await driver.close();
    }
    await vi.waitFor(
      async () => expect((await app.get('/api/views', as(cookie))).status).toBe(401),
      { timeout: 10_000, interval: 500 },
    );
  });
});

describe('guessing from one address', () => {
  it('when one address tries many names, then after twenty failures it answers 429 for any name', async () => {
    // An app of its own: the address lock would otherwise hold for the rest of this file.
    const other = await startTestApp({ neo4j: app.neo4j, security: { auth: 'on' } });
    try {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const answer = await other.send('POST', '/api/session', {
          username: `someone-${attempt}`,
          password: 'a-guess',
        });
        expect(answer.status).toBe(401);
      }
      const slowed = await other.send('POST', '/api/session', {
        username: 'ed',
        password: passwords.ed,
      });
      expect(slowed.status).toBe(429);
      expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await other.close();
    }
  });
});

describe('roles', () => {
  let viewer: string;
  let editor: string;
  let admin: string;
  beforeAll(async () => {
    viewer = await signIn('vera', passwords.vera);
    editor = await signIn('ed', passwords.ed);
    admin = await signIn('ada', passwords.ada);
  });

  it('when a viewer reads, runs a view and a query, then each answers 200', async () => {
    expect((await app.get('/api/graph', as(viewer))).status).toBe(200);
    expect((await app.get('/api/views', as(viewer))).status).toBe(200);
    const ran = await app.send('POST', '/api/views/world-model-funders/run', {}, as(viewer));
    expect(ran.status).toBe(200);
    const queried = await app.send(
      'POST',
      '/api/query',
      { cypher: 'MATCH (n:Entity) RETURN count(n) AS n' },
      as(viewer),
    );
    expect(queried.body.rows).toEqual([[45]]);
  });

  it.each([
    ['POST', '/api/views', draft('A viewer tries')],
    ['PUT', '/api/views/world-model-funders', draft('A viewer tries')],
    ['DELETE', '/api/views/world-model-funders', undefined],
  ])('when a viewer %s %s, then it answers 403 and changes nothing', async (method, path, body) => {
    const before = await fingerprint(app.db);
    const answer = await app.send(method, path, body, as(viewer));
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden');
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('when a viewer or an editor reads the audit trail, then it answers 403; an admin reads it', async () => {
    expect((await app.get('/api/audit', as(viewer))).status).toBe(403);
    expect((await app.get('/api/audit', as(editor))).status).toBe(403);
    expect((await app.get('/api/audit?limit=5', as(admin))).status).toBe(200);
  });

  it('when an editor saves, edits and deletes a view, then each write is in the audit trail with who, what, when and where', async () => {
    const created = await app.send('POST', '/api/views', draft('Editor at work'), as(editor));
    expect(created.status).toBe(201);
    const id = created.body.view.id;
    expect(
      (await app.send('PUT', `/api/views/${id}`, draft('Editor at work, again'), as(editor)))
        .status,
    ).toBe(200);
    expect((await app.send('DELETE', `/api/views/${id}`, undefined, as(editor))).status).toBe(204);

    await vi.waitFor(
      async () => {
        const { body } = await app.get('/api/audit?limit=20', as(admin));
        const mine = body.entries.filter(
          (entry: any) =>
            entry.path === `/views/${id}` || (entry.path === '/views' && entry.user === 'ed'),
        );
        expect(mine.map((entry: any) => entry.action)).toEqual([
          'delete view',
          'update view',
          'create view',
        ]);
        for (const entry of mine) {
          expect(entry).toMatchObject({
            user: 'ed',
            role: 'editor',
            address: expect.stringMatching(/127\.0\.0\.1/),
          });
          expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
        }
      },
      { timeout: 10_000, interval: 250 },
    );
  });

  it('when an admin signs in, then the sign-in is in the audit trail; a refused write is not', async () => {
    await vi.waitFor(async () => {
      const { body } = await app.get('/api/audit?limit=200', as(admin));
      expect(body.entries).toContainEqual(
        expect.objectContaining({ user: 'ada', action: 'sign in' }),
      );
      expect(body.entries.some((entry: any) => entry.user === 'vera' && entry.status >= 400)).toBe(
        false,
      );
    });
  });

  it('when the audit limit is out of range, then it answers 400', async () => {
    expect((await app.get('/api/audit?limit=0', as(admin))).status).toBe(400);
    expect((await app.get('/api/audit?limit=100000', as(admin))).status).toBe(400);
  });
});
