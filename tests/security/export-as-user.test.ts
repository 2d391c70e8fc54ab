import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClientDir } from '../../server/app.ts';
import { UserStore } from '../../server/auth/user-store.ts';
import { closeSharedExportHost } from '../../server/export/export-host.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let users: UserStore;
beforeAll(async () => {
  app = await startTestApp({ security: { auth: 'on' }, clientDir: defaultClientDir });
  users = new UserStore(app.db);
  await users.save('export-viewer', 'viewer', 'export-viewer-password');
});
afterAll(async () => {
  await closeSharedExportHost();
  await users.remove('export-viewer');
  await app.close();
});

describe('server-side export with sign-in on', () => {
  it('when a signed-in viewer exports a view, then the headless page renders it as them', async () => {
    const signedIn = await app.send('POST', '/api/session', {
      username: 'export-viewer',
      password: 'export-viewer-password',
    });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const response = await fetch(`${app.baseUrl}/api/export/json?view=world-model-funders`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    const graph = (await response.json()) as { nodes: { id: string }[] };
    expect(graph.nodes.map((node) => node.id)).toContain('alibaba');
  });

  it('when nobody is signed in, then the export answers 401 without starting a page', async () => {
    const response = await fetch(`${app.baseUrl}/api/export/png?view=world-model-funders`);
    expect(response.status).toBe(401);
  });
});
