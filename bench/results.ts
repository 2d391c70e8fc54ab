import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../server/config.ts';
import type { BenchContext } from './context.ts';

/** Where the run's raw numbers go (git-ignored). */
export const resultsFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'results',
  'latest.json',
);

/** The machine the figures were taken on; the load average says how busy it was. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model ?? 'unknown',
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg(),
  };
}

/** The commit measured, or null outside a git checkout. */
export function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

export function writeResults(
  context: BenchContext,
  run: { startedAt: Date; machineAtStart: ReturnType<typeof describeMachine> },
  failures: { section: string; message: string }[],
): void {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const result = {
    timestamp: run.startedAt.toISOString(),
    durationSeconds: (Date.now() - run.startedAt.getTime()) / 1000,
    commit: gitCommit(),
    machine: { ...run.machineAtStart, loadAverageAtEnd: os.loadavg() },
    options: { ...context.options, sections: [...context.options.sections] },
    rows: context.rows,
    warnings: context.warnings,
    failures,
    raw: context.raw,
  };
  writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
}
