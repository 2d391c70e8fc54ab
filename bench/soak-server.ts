import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../server/config.ts';
import { findFreePort } from '../server/neo4j/port-check.ts';
import { BenchError } from './bench-error.ts';
import type { Cleanup } from './cleanup.ts';

/** The explorer as `npm start` runs it, in a process of its own with its own embedded Neo4j. */
export interface SoakServer {
  base: string;
  /** Environment shared with the CLIs that must reach the same Neo4j. */
  env: NodeJS.ProcessEnv;
  dataDir: string;
  /** Where the server writes its event-loop report. */
  reportFile: string;
  child: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `server/index.ts` on free ports in a fresh folder and waits until it is ready. */
export async function startSoakServer(
  cleanup: Cleanup,
  log: (message: string) => void,
): Promise<SoakServer> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'explorer-soak-'));
  cleanup.add(`remove ${scratch}`, () => rmSync(scratch, { recursive: true, force: true }));
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_DATA_DIR: path.join(scratch, 'data'),
    NEO4J_CREDENTIALS_FILE: path.join(scratch, 'credentials'),
    NEO4J_HEAP_MB: '1024',
    NEO4J_PAGECACHE_MB: '512',
    EXPLORER_EVENT_LOOP_REPORT: path.join(scratch, 'event-loop.json'),
    // As `npm start` sets it (package.json): see the README's "Memory".
    MALLOC_ARENA_MAX: '2',
    // The 20 connections stand for a team, but all come from 127.0.0.1: per-person rates would
    // turn most of the soak into 429s. The work queues (4 queries, 2 exports) still shed load.
    QUERIES_PER_MINUTE: '100000',
    EXPORTS_PER_MINUTE: '1000',
  };
  const child = spawn(
    process.execPath,
    [
      // SOAK_CPU_PROFILE=<folder>: a CPU profile of the server, to find what holds its loop.
      ...(process.env.SOAK_CPU_PROFILE
        ? [
            '--cpu-prof',
            '--cpu-prof-dir',
            process.env.SOAK_CPU_PROFILE,
            '--cpu-prof-interval',
            '1000',
          ]
        : []),
      '--import',
      'tsx',
      path.join(projectRoot, 'server', 'index.ts'),
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  cleanup.add('stop the soak explorer', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString();
    for (const line of chunk.toString().split('\n')) {
      // Restarts as they happen, and what the server logs for a 500 (a fault to look into).
      if (
        /Neo4j (ended|is back|did not restart)|stopped answering|\[query worker\]|Unexpected error/.test(
          line,
        )
      )
        log(`server: ${line}`);
    }
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new BenchError('the explorer did not start in 180 s')),
      180_000,
    );
    const check = () => {
      if (output.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new BenchError(`the explorer exited at start: ${output.trim().split('\n').at(-1)}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    env,
    dataDir: env.NEO4J_DATA_DIR!,
    reportFile: env.EXPLORER_EVENT_LOOP_REPORT!,
    child,
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs a CLI of the project against the soak server's Neo4j, showing its progress lines. */
export function runCli(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server', script), ...args],
      // A session of its own, as a server started in its own terminal is: Linux shares the cores
      // between sessions first, and the load generated here is not part of the server.
      { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let last = '';
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split(/[\r\n]+/)) {
        if (line.trim()) {
          last = line.trim();
          // Progress bars redraw in place; only whole lines are worth repeating.
          if (!line.includes('█') && !line.includes('░')) log(`  ${last}`);
        }
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new BenchError(`${script} failed: ${last}`)),
    );
  });
}
