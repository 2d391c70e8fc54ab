import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ security: { auth: 'on' } });
});
afterAll(() => app.close());

/** Runs `npm run users -- …` as a person would, against the suite's Neo4j through NEO4J_URI. */
function users(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server', 'users-cli.ts'), ...args],
      {
        env: {
          ...process.env,
          NEO4J_URI: inject('boltUri'),
          NEO4J_USER: 'neo4j',
          NEO4J_PASSWORD: inject('boltPassword'),
        },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

const signIn = (username: string, password: string) =>
  app.send('POST', '/api/session', { username, password });

describe('npm run users', () => {
  it('when an admin is added, changed, listed and removed from the command line, then sign-in follows each step and each is audited', async () => {
    const added = await users(
      ['add', 'cli-admin', '--role', 'admin', '--password-stdin'],
      'first-password-1\n',
    );
    expect(added, added.err).toMatchObject({ code: 0 });
    expect(added.out).toContain('Added cli-admin as admin.');
    const first = await signIn('cli-admin', 'first-password-1');
    expect(first.status).toBe(200);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;

    const listed = await users(['list']);
    expect(listed.out).toMatch(/^cli-admin\tadmin\t1 session\(s\)/m);
    expect(listed.out).not.toMatch(/scrypt/);

    const changed = await users(['passwd', 'cli-admin', '--password-stdin'], 'second-password-2');
    expect(changed.code).toBe(0);
    expect((await signIn('cli-admin', 'first-password-1')).status).toBe(401);
    const second = await signIn('cli-admin', 'second-password-2');
    expect(second.status).toBe(200);
    const fresh = (second.headers.get('set-cookie') ?? '').split(';')[0]!;
    // The old session was closed with the password change.
    expect((await app.get('/api/graph', { cookie })).status).toBe(401);

    const { body } = await app.get('/api/audit?limit=50', { cookie: fresh });
    const done = body.entries.filter((entry: any) => entry.path === '/users/cli-admin');
    expect(done.map((entry: any) => entry.action)).toEqual([
      'change password',
      'add user as admin',
    ]);
    for (const entry of done) expect(entry.user).toMatch(/^cli:/);

    const removed = await users(['remove', 'cli-admin']);
    expect(removed.out).toContain('Removed cli-admin');
    expect((await signIn('cli-admin', 'second-password-2')).status).toBe(401);
  });

  it.each([
    [
      ['add', 'x', '--password-stdin'],
      'pw-long-enough',
      /--role must be one of viewer, editor, admin/,
    ],
    [
      ['add', 'x', '--role', 'owner', '--password-stdin'],
      'pw-long-enough',
      /--role must be one of/,
    ],
    [['add', 'x', '--role', 'viewer'], 'pw-long-enough', /--password-stdin/],
    [['add', 'x', '--role', 'viewer', '--password-stdin'], 'short', /at least 10 characters/],
    [
      ['add', 'bad name', '--role', 'viewer', '--password-stdin'],
      'pw-long-enough',
      /NAME: letters/,
    ],
    [['remove', 'nobody-here'], '', /No user nobody-here/],
    [['frobnicate'], '', /Usage:/],
  ])(
    'when called as %j, then it exits non-zero with the reason and the usage',
    async (args, stdin, reason) => {
      const result = await users(args, stdin);
      expect(result.code).toBeGreaterThan(0);
      expect(result.err).toMatch(reason);
      expect(result.err).not.toMatch(/\n\s+at /);
    },
  );
});
