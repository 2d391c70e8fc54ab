import { rename, writeFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mainThreadSchedule, type ThreadSchedule } from './thread-schedule.ts';

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
  /**
   * The longest gaps between ticks of a 20 ms timer (over 120 ms: 100 ms late), each split by the kernel's
   * account of the main thread: on a core (our code, garbage collection) or waiting for one.
   * What is neither was spent blocked (a page fault, a lock). Empty off Linux.
   */
  stalls: Stall[];
  at: string;
}

export interface Stall extends ThreadSchedule {
  atSeconds: number;
  gapMs: number;
}

/** Pauses listed at most, the longest kept. */
const pausesKept = 40;

/** Keeps the `pausesKept` longest of `list`, in time order. */
function keepLongest<T extends { atSeconds: number }>(list: T[], length: (item: T) => number): T[] {
  if (list.length <= pausesKept) return list;
  return list
    .sort((a, b) => length(b) - length(a))
    .slice(0, pausesKept)
    .sort((a, b) => a.atSeconds - b.atSeconds);
}

/**
 * Watches the main thread with a 20 ms timer; a tick that comes over 100 ms late is a stall,
 * split by what the kernel says the thread did meanwhile.
 */
function watchStalls(since: () => number): { stalls(): Stall[]; reset(): void; stop(): void } {
  let stalls: Stall[] = [];
  let lastTick = performance.now();
  let lastSchedule = mainThreadSchedule();
  const timer = setInterval(() => {
    const now = performance.now();
    const schedule = mainThreadSchedule();
    const gapMs = now - lastTick;
    if (gapMs > 120 && schedule && lastSchedule) {
      stalls.push({
        atSeconds: Math.round((now - since()) / 1000),
        gapMs: Math.round(gapMs),
        onCpuMs: Math.round(schedule.onCpuMs - lastSchedule.onCpuMs),
        waitingMs: Math.round(schedule.waitingMs - lastSchedule.waitingMs),
      });
      stalls = keepLongest(stalls, (stall) => stall.gapMs);
    }
    lastTick = now;
    lastSchedule = schedule;
  }, 20);
  timer.unref();
  return {
    stalls: () => stalls,
    reset() {
      stalls = [];
    },
    stop() {
      clearInterval(timer);
    },
  };
}

/**
 * Writes the event loop's delay histogram to `file` every few seconds and once more on `stop()`,
 * for a soak test watching from outside (EXPLORER_EVENT_LOOP_REPORT names the file). Each write
 * replaces the file whole, so a reader never sees a part of one.
 */
export function reportEventLoop(
  file: string,
  everyMs = 2_000,
): { stop(): Promise<void>; reset(): void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const interval = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  interval.enable();
  let startedAt = performance.now();
  let pauses: EventLoopReport['pauses'] = [];
  const stalls = watchStalls(() => startedAt);
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    const intervalMax = interval.max / 1e6;
    interval.reset();
    if (intervalMax > 100) {
      pauses.push({
        atSeconds: Math.round((performance.now() - startedAt) / 1000),
        maxMs: Math.round(intervalMax),
      });
      pauses = keepLongest(pauses, (pause) => pause.maxMs);
    }
    const report: EventLoopReport = {
      p50Ms: histogram.percentile(50) / 1e6,
      p99Ms: histogram.percentile(99) / 1e6,
      maxMs: histogram.max / 1e6,
      samples: histogram.count,
      rssBytes: process.memoryUsage.rss(),
      heapUsedBytes: process.memoryUsage().heapUsed,
      pauses,
      stalls: stalls.stalls(),
      at: new Date().toISOString(),
    };
    // Off the main thread and whole: a synchronous write that truncates the file can wait on
    // the disk's journal (the soak's Neo4j writes beside it), and a reader could catch it empty.
    const text = JSON.stringify(report);
    writing = writing.then(async () => {
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, text);
      await rename(partial, file);
    });
    writing = writing.catch(() => {});
  };
  const timer = setInterval(write, everyMs);
  timer.unref();
  return {
    /** Starts over: start-up (compiling, seeding) is not what a soak watches. */
    reset() {
      histogram.reset();
      interval.reset();
      pauses = [];
      stalls.reset();
      startedAt = performance.now();
    },
    /** Writes the report once more; resolves when it is in place. */
    stop() {
      clearInterval(timer);
      stalls.stop();
      write();
      histogram.disable();
      interval.disable();
      return writing;
    },
  };
}
