import { describe, expect, it } from 'vitest';
import { runInSlices, type SliceClock } from '../../../client/src/lib/run-in-slices.ts';

/** A clock each step advances by its cost, and tasks that run only when the test says. */
function manualClock() {
  let time = 0;
  const queued: (() => void)[] = [];
  const clock: SliceClock = { nextTask: (callback) => queued.push(callback), now: () => time };
  return {
    clock,
    queued,
    spend: (ms: number) => (time += ms),
    runNextTask: () => queued.shift()!(),
  };
}

function* costlySteps(done: number[], count: number, spend: (ms: number) => void) {
  for (let i = 0; i < count; i++) {
    spend(10);
    done.push(i);
    yield;
  }
}

describe('runInSlices', () => {
  it('when steps outlast the budget, then it hands the page back between slices', () => {
    const { clock, queued, spend, runNextTask } = manualClock();
    const done: number[] = [];
    let finished = false;
    runInSlices(costlySteps(done, 10, spend), 30, () => (finished = true), clock);
    // 10 ms a step against 30 ms a slice: three steps, then a task of its own for the rest.
    expect(done).toEqual([0, 1, 2]);
    expect(queued).toHaveLength(1);
    expect(finished).toBe(false);
    runNextTask();
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
    expect(finished).toBe(false);
  });

  it('when left to run, then every step is taken once, in order, and onDone comes last', () => {
    const { clock, queued, spend, runNextTask } = manualClock();
    const done: number[] = [];
    const seen: string[] = [];
    runInSlices(
      costlySteps(done, 7, spend),
      25,
      () => seen.push(`done after ${done.length}`),
      clock,
    );
    while (queued.length > 0) runNextTask();
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual(['done after 7']);
  });

  it('when canceled between slices, then no further step runs and onDone never comes', () => {
    const { clock, queued, spend, runNextTask } = manualClock();
    const done: number[] = [];
    let finished = false;
    const run = runInSlices(costlySteps(done, 10, spend), 20, () => (finished = true), clock);
    run.cancel();
    while (queued.length > 0) runNextTask();
    expect(done).toEqual([0, 1]);
    expect(finished).toBe(false);
  });

  it('on the page clock, then the rest of the steps come in a later task', async () => {
    const done: number[] = [];
    const finished = new Promise<void>((resolve) =>
      runInSlices(
        (function* () {
          for (let i = 0; i < 3; i++) {
            done.push(i);
            yield;
          }
        })(),
        0,
        resolve,
      ),
    );
    // A zero budget yields after every step: only the first ran in this task.
    expect(done).toEqual([0]);
    await finished;
    expect(done).toEqual([0, 1, 2]);
  });
});
