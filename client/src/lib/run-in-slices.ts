/** How a sliced run waits for its next turn, and reads the time. */
export interface SliceClock {
  /** Calls `callback` in a task of its own, after what the page has queued meanwhile. */
  nextTask(callback: () => void): void;
  now(): number;
}

/** A posted message runs as soon as the page is free, without setTimeout's 4 ms clamp. */
function postedTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

const pageClock: SliceClock = { nextTask: postedTask, now: () => performance.now() };

/** A run under way; cancel() stops it before its next step (onDone is then never called). */
export interface SlicedRun {
  cancel(): void;
}

/**
 * Takes `steps` one by one on the main thread, handing the page back once a slice has used
 * `budgetMs`, so no task runs much longer than the budget plus one step; calls `onDone` after the
 * last. The first slice starts at once, in the caller's task.
 */
export function runInSlices(
  steps: Iterator<unknown>,
  budgetMs: number,
  onDone: () => void,
  clock: SliceClock = pageClock,
): SlicedRun {
  let canceled = false;
  const slice = () => {
    if (canceled) return;
    const started = clock.now();
    for (;;) {
      if (steps.next().done) {
        onDone();
        return;
      }
      if (canceled) return;
      if (clock.now() - started >= budgetMs) break;
    }
    clock.nextTask(slice);
  };
  slice();
  return {
    cancel: () => {
      canceled = true;
    },
  };
}
