import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** What the event loop's delay was since the report started, in milliseconds. */
export interface EventLoopReport {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  samples: number;
  /** Resident memory of this process, for growth over a long run. */
  rssBytes: number;
  at: string;
}

/**
 * Writes the event loop's delay histogram to `file` every few seconds and once more on `stop()`,
 * for a soak test watching from outside (EXPLORER_EVENT_LOOP_REPORT names the file).
 */
export function reportEventLoop(file: string, everyMs = 2_000): { stop(): void; reset(): void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const write = () => {
    const report: EventLoopReport = {
      p50Ms: histogram.percentile(50) / 1e6,
      p99Ms: histogram.percentile(99) / 1e6,
      maxMs: histogram.max / 1e6,
      samples: histogram.count,
      rssBytes: process.memoryUsage.rss(),
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
    },
    stop() {
      clearInterval(timer);
      write();
      histogram.disable();
    },
  };
}
