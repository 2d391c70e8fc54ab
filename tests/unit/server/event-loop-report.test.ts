import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  reportEventLoop,
  type EventLoopReport,
} from '../../../server/diagnostics/event-loop-report.ts';
import { mainThreadSchedule } from '../../../server/diagnostics/thread-schedule.ts';

/** Keeps the main thread on a core until the kernel has counted `ms` more of its time there. */
function burnCpu(ms: number): void {
  const start = mainThreadSchedule()!.onCpuMs;
  while (mainThreadSchedule()!.onCpuMs - start < ms) {
    // Spinning is the point: the report must see a stall spent running our code.
  }
}

const linux = process.platform === 'linux';
let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe.runIf(linux)('the event-loop report on Linux', () => {
  it('when the main thread runs, then its time on a core grows by what it ran', () => {
    const before = mainThreadSchedule()!;
    burnCpu(60);
    const after = mainThreadSchedule()!;
    expect(after.onCpuMs - before.onCpuMs).toBeGreaterThanOrEqual(60);
    expect(after.waitingMs).toBeGreaterThanOrEqual(before.waitingMs);
  });

  it('when our own code holds the main thread, then the stall is reported as time on a core', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'loop-report-'));
    const file = path.join(folder, 'report.json');
    const report = reportEventLoop(file, 60_000);
    burnCpu(300);
    // A few ticks after the stall, so the watch has seen it end.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await report.stop();
    const written = JSON.parse(readFileSync(file, 'utf8')) as EventLoopReport;
    expect(written.stalls).toHaveLength(1);
    const [stall] = written.stalls;
    expect(stall!.onCpuMs).toBeGreaterThanOrEqual(290);
    expect(stall!.gapMs).toBeGreaterThanOrEqual(stall!.onCpuMs - 10);
  });

  it('when a reader polls the report while it is rewritten, then every read is a whole report', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'loop-report-'));
    const file = path.join(folder, 'report.json');
    // The soak reads the file from another process; a thread reads the same way, in parallel.
    const reader = new Worker(
      `
      const { readFileSync } = require('node:fs');
      const { parentPort, workerData } = require('node:worker_threads');
      let whole = 0, broken = 0;
      const until = Date.now() + workerData.ms;
      while (Date.now() < until) {
        let text;
        try { text = readFileSync(workerData.file, 'utf8'); } catch { continue; }
        try { JSON.parse(text); whole++; } catch { broken++; }
      }
      parentPort.postMessage({ whole, broken });
      `,
      { eval: true, workerData: { file, ms: 1_500 } },
    );
    const counts = new Promise<{ whole: number; broken: number }>((resolve) =>
      reader.once('message', resolve),
    );
    const report = reportEventLoop(file, 1);
    const { whole, broken } = await counts;
    await report.stop();
    await reader.terminate();
    expect(whole).toBeGreaterThan(100);
    expect(broken).toBe(0);
  });
});
