import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../server/config.ts';
import { BenchError } from './bench-error.ts';
import type { BenchContext } from './context.ts';
import { seconds } from './format.ts';

/** A fresh production build of the client. */
export interface ClientBuild {
  dir: string;
  buildMs: number;
}

/**
 * Builds the client with `vite build` into a temp folder of the bench's own, so the bundle is
 * current and dist/client (which other people's servers and tests use) is left alone.
 */
export async function buildClient(context: BenchContext): Promise<ClientBuild> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-client-'));
  context.cleanup.add(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  context.log(`Building the client (npx vite build → ${dir})…`);
  const started = performance.now();
  const child = spawn(
    'npx',
    ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(-1));
    child.once('close', resolve);
  });
  if (code !== 0) {
    const reason =
      output
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /error/i.test(line)) ?? `exit code ${code}`;
    throw new BenchError(`vite build failed (${reason}): run npx vite build to see why.`);
  }
  const buildMs = performance.now() - started;
  context.log(`Client built in ${seconds(buildMs)}.`);
  return { dir, buildMs };
}
