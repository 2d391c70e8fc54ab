import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** What the event loop's delay was since the report started, in milliseconds. */
export interface EventLoopReport {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  samples: number;
  /** Resident memory of this process (all its threads), for growth over a long run. */
  rssBytes: number;
  /** The main thread's V8 heap in use: what its collections have to walk. */
  heapUsedBytes: number;
  /**
   * Intervals of the report (every few seconds) whose longest pause passed 100 ms: seconds since
   * the start (or the last reset) and that pause, so a soak can line them up with its events.
   */
  pauses: { atSeconds: number; maxMs: number }[];
  at: string;
}

/** Pauses listed at most, the longest kept. */
const pausesKept = 40;

/**
 * Writes the event loop's delay histogram to `file` every few seconds and once more on `stop()`,
 * for a soak test watching from outside (EXPLORER_EVENT_LOOP_REPORT names the file).
 */
export function reportEventLoop(file: string, everyMs = 2_000): { stop(): void; reset(): void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const interval = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  interval.enable();
  let startedAt = performance.now();
  let pauses: EventLoopReport['pauses'] = [];
  const write = () => {
    const intervalMax = interval.max / 1e6;
    interval.reset();
    if (intervalMax > 100) {
      pauses.push({
        atSeconds: Math.round((performance.now() - startedAt) / 1000),
        maxMs: Math.round(intervalMax),
      });
      if (pauses.length > pausesKept) {
        pauses = pauses.sort((a, b) => b.maxMs - a.maxMs).slice(0, pausesKept);
        pauses.sort((a, b) => a.atSeconds - b.atSeconds);
      }
    }
    const report: EventLoopReport = {
      p50Ms: histogram.percentile(50) / 1e6,
      p99Ms: histogram.percentile(99) / 1e6,
      maxMs: histogram.max / 1e6,
      samples: histogram.count,
      rssBytes: process.memoryUsage.rss(),
      heapUsedBytes: process.memoryUsage().heapUsed,
      pauses,
      at: new Date().toISOString(),
    };
    writeFileSync(file, JSON.stringify(report));
  };
  const timer = setInterval(write, everyMs);
  timer.unref();
  return {
    /** Starts over: start-up (compiling, seeding) is not what a soak watches. */
    reset() {
      histogram.reset();
      interval.reset();
      pauses = [];
      startedAt = performance.now();
    },
    stop() {
      clearInterval(timer);
      write();
      histogram.disable();
      interval.disable();
    },
  };
}
