import type { Page } from 'playwright-core';
import { percentile } from '../stats.ts';

/** What one run of the interaction script saw, in the page. */
export interface InteractionFigures {
  /** False when the script could not finish within its cap: the tab stopped answering input. */
  completed: boolean;
  /** Wall clock of the script, ms. */
  elapsedMs: number;
  /** Longest main-thread task that overlapped the script, ms (0 when none passed 50 ms). */
  longestTaskMs: number;
  /** requestAnimationFrame deltas during the script: how many, 95th percentile and longest, ms. */
  frames: number;
  p95FrameMs: number;
  longestFrameMs: number;
}

/** Pixels the pointer travels in one drag, and wheel notches per zoom. */
const DRAG_PX = 240;
const NOTCHES = 4;
const NOTCH_DELTA = 120;
/** Pause between wheel notches, ms: about a person's flick. */
const NOTCH_PAUSE_MS = 60;

/**
 * Starts collecting requestAnimationFrame deltas in `window.__frameDeltas` until `__frameStop`,
 * and answers the page time it started at. A string, so the bench's own transpiler adds no
 * helpers the page lacks.
 */
const frameRecorder = `(() => {
  window.__frameDeltas = [];
  window.__frameStop = false;
  let last = -1;
  const tick = (now) => {
    if (last >= 0) window.__frameDeltas.push(now - last);
    last = now;
    if (!window.__frameStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return performance.now();
})()`;

type FrameWindow = Window & {
  __frameDeltas?: number[];
  __frameStop?: boolean;
  __benchLongTasks?: { start: number; duration: number }[];
};

/**
 * Zooms in (wheel), drags right, zooms out, drags back, over the middle of `box`, again and
 * again for `durationMs`: the same script for every page. Frame intervals are taken in the page
 * from requestAnimationFrame; long tasks by the PerformanceObserver freshPage installs.
 * Input waits on the page, so a frozen tab shows as a script that does not finish by `capMs`.
 */
export async function interact(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  durationMs: number,
  capMs: number,
): Promise<InteractionFigures> {
  const startedInPage = (await page.evaluate(frameRecorder)) as number;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const started = Date.now();
  const script = async () => {
    await page.mouse.move(cx, cy);
    while (Date.now() - started < durationMs) {
      for (const direction of [-1, 1]) {
        for (let notch = 0; notch < NOTCHES; notch++) {
          await page.mouse.wheel(0, direction * NOTCH_DELTA);
          await page.waitForTimeout(NOTCH_PAUSE_MS);
        }
        await page.mouse.down();
        await page.mouse.move(cx - direction * DRAG_PX, cy, { steps: 12 });
        await page.mouse.up();
        await page.mouse.move(cx, cy);
      }
    }
  };
  const run = script().then(() => true);
  // Abandoned past the cap, it rejects when the page closes; that is expected.
  run.catch(() => {});
  const completed = await within(run, capMs, false);
  const elapsedMs = Date.now() - started;
  const read = page.evaluate(() => {
    const frames = window as FrameWindow;
    frames.__frameStop = true;
    return {
      deltas: frames.__frameDeltas ?? [],
      tasks: frames.__benchLongTasks ?? [],
      endedInPage: performance.now(),
    };
  });
  read.catch(() => {});
  const seen = await within(read, 10_000, null);
  if (!seen) {
    return {
      completed: false,
      elapsedMs,
      longestTaskMs: Number.NaN,
      frames: 0,
      p95FrameMs: Number.NaN,
      longestFrameMs: Number.NaN,
    };
  }
  const during = seen.tasks.filter(
    (task) => task.start + task.duration >= startedInPage && task.start <= seen.endedInPage,
  );
  const sorted = [...seen.deltas].sort((a, b) => a - b);
  return {
    completed,
    elapsedMs,
    longestTaskMs: during.reduce((longest, task) => Math.max(longest, task.duration), 0),
    frames: sorted.length,
    p95FrameMs: percentile(sorted, 95),
    longestFrameMs: sorted.at(-1) ?? Number.NaN,
  };
}

/** `promise`'s value, or `fallback` once `ms` have passed without one. */
async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
