import { median } from './stats.ts';

export interface MemorySample {
  atMs: number;
  bytes: number;
}

/**
 * Reads a process's resident memory every `everyMs` until stopped. `pid` is asked each time, as
 * the process may be replaced (Neo4j after a kill).
 */
export function watchMemory(
  pid: () => number | undefined,
  read: (pid: number | undefined) => number,
  everyMs = 5_000,
): { samples: MemorySample[]; stop(): void } {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const timer = setInterval(() => {
    const bytes = read(pid());
    if (Number.isFinite(bytes)) samples.push({ atMs: performance.now() - started, bytes });
  }, everyMs);
  return { samples, stop: () => clearInterval(timer) };
}

/**
 * Growth from just after warm-up (10–20% of the run) to its end (the last 10%), each the median of
 * its samples. One reading swings by ±10% as worker heaps fill and are collected; a leak moves
 * the median, a swing does not.
 */
export function memoryGrowth(
  samples: readonly MemorySample[],
  durationMs: number,
): { startBytes: number; endBytes: number; percent: number } {
  const within = (from: number, to: number) =>
    samples
      .filter((sample) => sample.atMs >= from * durationMs && sample.atMs < to * durationMs)
      .map((sample) => sample.bytes);
  const middle = (values: number[]) => (values.length ? median(values) : Number.NaN);
  const startBytes = middle(within(0.1, 0.2));
  const endBytes = middle(within(0.9, Number.POSITIVE_INFINITY));
  return { startBytes, endBytes, percent: (endBytes / startBytes - 1) * 100 };
}
