import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClientDir } from '../../server/app.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { rawRequest } from '../support/raw-http.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let port: string;
beforeAll(async () => {
  // Its own Neo4j: it fingerprints the whole database while other files write users.
  app = await startTestApp({
    ownNeo4j: true,
    security: { allowedHosts: 'explorer.team.example', publicUrl: 'https://graph.team.example' },
    clientDir: defaultClientDir,
  });
  port = new URL(app.baseUrl).port;
}, 180_000);
afterAll(() => app.close());

const newView = { title: 'Planted by another site', cypher: 'MATCH (n:Entity) RETURN n LIMIT 1' };

describe('DNS rebinding: only known host names are answered', () => {
  it.each([
    ['GET', '/api/views'],
    ['GET', '/api/graph'],
    ['GET', '/'],
    ['POST', '/api/views'],
    ['DELETE', '/api/views/anything'],
  ])(
    'when %s %s names a foreign Host, then it answers 403 and changes nothing',
    async (method, path) => {
      const before = await fingerprint(app.db);
      const answer = await rawRequest(`${app.baseUrl}${path}`, {
        method,
        headers: { Host: `rebind.evil.example:${port}` },
        body: method === 'POST' ? newView : undefined,
      });
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('host_not_allowed');
      expect(JSON.stringify(answer.body)).not.toContain('Entity');
      expect(await fingerprint(app.db)).toEqual(before);
    },
  );

  it.each([
    `localhost:${0}`,
    '127.0.0.1',
    '[::1]',
    'explorer.team.example',
    'graph.team.example',
    'EXPLORER.Team.Example:8080',
  ])(
    'when Host is %s (loopback, ALLOWED_HOSTS or PUBLIC_URL), then it is answered',
    async (host) => {
      const answer = await rawRequest(`${app.baseUrl}/api/health`, { headers: { Host: host } });
      expect(answer.status).toBe(200);
    },
  );

  it('when a request has no Host header at all, then it is refused with a 4xx', async () => {
    const answer = await rawRequest(`${app.baseUrl}/api/health`, { headers: { Host: '' } });
    // Node itself answers 400 to HTTP/1.1 without Host; the guard would answer 403.
    expect([400, 403]).toContain(answer.status);
  });
});

describe('cross-site requests change nothing', () => {
  it.each([
    ['POST', '/api/views', newView],
    ['PUT', '/api/views/world-model-funders', newView],
    ['DELETE', '/api/views/world-model-funders', undefined],
    ['POST', '/api/session', { username: 'a', password: 'b' }],
  ])(
    'when %s %s comes with a foreign Origin, then it answers 403 and changes nothing',
    async (method, path, body) => {
      const before = await fingerprint(app.db);
      const answer = await rawRequest(`${app.baseUrl}${path}`, {
        method,
        headers: { Origin: 'http://evil.example' },
        body,
      });
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('origin_not_allowed');
      expect(await fingerprint(app.db)).toEqual(before);
    },
  );

  it('when Origin is "null" (a sandboxed frame or a data: page), then a write is refused', async () => {
    const answer = await rawRequest(`${app.baseUrl}/api/views`, {
      method: 'POST',
      headers: { Origin: 'null' },
      body: newView,
    });
    expect(answer.status).toBe(403);
  });

  it('when another site embeds the export as an <img> (Sec-Fetch-Site: cross-site), then it answers 403 before any rendering', async () => {
    const answer = await rawRequest(
      `${app.baseUrl}/api/export/png?view=world-model-funders&width=40000`,
      {
        headers: { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Dest': 'image' },
      },
    );
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('origin_not_allowed');
  });

  it('when the page itself writes (same Origin), then it is allowed', async () => {
    const created = await rawRequest(`${app.baseUrl}/api/views`, {
      method: 'POST',
      headers: { Origin: app.baseUrl, 'Sec-Fetch-Site': 'same-origin' },
      body: { ...newView, title: 'Saved from the page itself' },
    });
    expect(created.status).toBe(201);
    const removed = await rawRequest(`${app.baseUrl}/api/views/${created.body.view.id}`, {
      method: 'DELETE',
      headers: { Origin: app.baseUrl },
    });
    expect(removed.status).toBe(204);
  });

  it('when a write comes from the PUBLIC_URL origin (behind its proxy), then it is allowed', async () => {
    const created = await rawRequest(`${app.baseUrl}/api/views`, {
      method: 'POST',
      headers: { Host: 'graph.team.example', Origin: 'https://graph.team.example' },
      body: { ...newView, title: 'Saved through the proxy' },
    });
    expect(created.status).toBe(201);
    await rawRequest(`${app.baseUrl}/api/views/${created.body.view.id}`, { method: 'DELETE' });
  });

  it('when another origin asks, then no CORS header lets it read the answer', async () => {
    const answer = await rawRequest(`${app.baseUrl}/api/views`, {
      headers: { Origin: 'http://evil.example' },
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await rawRequest(`${app.baseUrl}/api/views`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe('security headers', () => {
  it.each(['/', '/api/views', '/api/nothing-here'])(
    'when %s is fetched, then it carries a strict CSP, no framing, nosniff and no referrer',
    async (path) => {
      const answer = await rawRequest(`${app.baseUrl}${path}`);
      if (path === '/') expect(String(answer.body)).toContain('<div id="root">');
      const csp = String(answer.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['x-powered-by']).toBeUndefined();
    },
  );
});

describe('small holes found on the way', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'when the source id is the prototype key %s, then it answers 404',
    async (id) => {
      const { status, body } = await app.get(`/api/sources/${id}/sentences`);
      expect(status).toBe(404);
      expect(body.error.code).toBe('not_found');
    },
  );

  it('when a query merely mentions "disconnected", then it is the query\'s error (400), not an outage (503)', async () => {
    const { status, body } = await app.send('POST', '/api/query', {
      cypher: 'RETURN disconnected',
    });
    expect(status).toBe(400);
    expect(body.error.code).toMatch(/cypher/);
  });
});
