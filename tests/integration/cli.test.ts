import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { generateSyntheticGraph } from '../../server/seed/synthetic/synthetic-graph.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// A Neo4j of its own: these commands write, and start from an empty database.
let neo4j: ThrowawayNeo4j;
let app: TestApp;

beforeAll(async () => {
  neo4j = await startThrowawayNeo4j();
  app = await startTestApp({ neo4j: { uri: neo4j.uri, password: neo4j.password } });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
});

/** Runs one of the project's commands (`npm run <name>`'s script) against this file's Neo4j. */
function run(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server', script), ...args],
      {
        env: {
          ...process.env,
          NEO4J_URI: neo4j.uri,
          NEO4J_USER: 'neo4j',
          NEO4J_PASSWORD: neo4j.password,
          ...env,
        },
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

async function entityCount(): Promise<number> {
  const [row] = await app.db.read('seed/count-entities');
  return Number(row?.count);
}

describe('the command-line tools', () => {
  it('when `npm run seed` runs twice, then the 45 seeded entities are there once, and it says so', async () => {
    const first = await run('seed-cli.ts');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Seeding 45 entities and 61 relationships…');
    expect(await entityCount()).toBe(45);
    const again = await run('seed-cli.ts');
    expect(again.code).toBe(0);
    expect(await entityCount()).toBe(45);
  });

  it('when `npm run seed:synthetic` writes 300 entities, then exactly those join the seed, with progress and a rate', async () => {
    const before = await entityCount();
    const { code, out } = await run('seed-synthetic-cli.ts', ['--entities', '300', '--seed', '3']);
    expect(code).toBe(0);
    expect(out).toMatch(/Generated 300 entities and [\d,]+ relationships/);
    expect(out).toMatch(/\[#{28}\] 100%/);
    expect(out).toMatch(/Wrote 300 entities in [\d.]+ s \([\d,]+ entities\/s/);
    const generated = generateSyntheticGraph(300, 3);
    expect(await entityCount()).toBe(before + generated.nodes.length);
  });

  it.each([
    [['--entities', '5'], '--entities must be a whole number from 10 to 5,000,000.'],
    [['--entities', 'many'], '--entities must be a whole number from 10 to 5,000,000.'],
    [['--seed', '1.5'], '--seed must be a whole number.'],
    [['--colour', 'red'], "Unknown option '--colour'"],
  ])(
    'when `npm run seed:synthetic` is given %j, then it exits 1 with what to fix and the usage, no stack, nothing written',
    async (args, reason) => {
      const before = await entityCount();
      const { code, out } = await run('seed-synthetic-cli.ts', args);
      expect(code).toBe(1);
      expect(out).toContain(`Error: ${reason}`);
      expect(out).toContain('Usage: npm run seed:synthetic --');
      expect(out).not.toMatch(/^\s+at /m);
      expect(await entityCount()).toBe(before);
    },
  );

  it('when the Neo4j named by NEO4J_URI refuses the password, then `npm run seed` says which setting to check', async () => {
    const { code, out } = await run('seed-cli.ts', [], { NEO4J_PASSWORD: 'not-the-password' });
    expect(code).toBe(1);
    expect(out).toMatch(/NEO4J_PASSWORD/);
    expect(out).not.toMatch(/^\s+at /m);
  });
});
