import type { Page } from 'playwright-core';
import { BenchError } from './bench-error.ts';
import { longTasksUntil, type LongTasks } from './browser.ts';

/** How long our page took to draw `nodes` entities, in page time (from navigation start). */
export interface ExplorerTiming {
  firstFrameMs: number;
  settledMs: number;
  /** `marks`: the client's own performance marks; `fallback`: the bench's stand-ins for them. */
  via: 'marks' | 'fallback';
  longTasks: LongTasks;
}

type Seen = { at: number; via: 'marks' | 'fallback' } | { error: string };

/**
 * Opens the explorer and waits for the mark `explorer:first-frame`, then for
 * `explorer:layout-settled`. Until the client sets them, stands in with "Cytoscape holds the
 * entities" and "the canvas is ready and no longer arranging", timed when the page sees them.
 */
export async function openExplorerTimed(
  page: Page,
  url: string,
  nodes: number,
  timeoutMs: number,
): Promise<ExplorerTiming> {
  const startedAt = Date.now();
  const left = () => Math.max(1_000, timeoutMs - (Date.now() - startedAt));
  await page.goto(url, { waitUntil: 'commit' });
  const first = await waitFor(
    page,
    (expected: number): Seen | false => {
      const mark = performance.getEntriesByName('explorer:first-frame')[0];
      if (mark) return { at: mark.startTime, via: 'marks' };
      const failed = document.querySelector('[data-testid="graph-canvas"][data-state="error"]');
      if (failed) {
        const alert = failed.querySelector('[role="alert"]') ?? failed;
        return { error: ((alert as HTMLElement).innerText || 'error state').slice(0, 160) };
      }
      const page = window as unknown as {
        __explorer?: {
          cy: { nodes(): unknown[] };
          large?: { drawnIds(): { nodes: unknown[] } };
        };
        __benchDrawnAt?: number;
      };
      const explorer = page.__explorer;
      const drawn = explorer?.large?.drawnIds().nodes.length ?? explorer?.cy.nodes().length ?? 0;
      if (drawn >= expected) {
        // The client may set its marks a frame or two after the hook: give them 2 s first.
        page.__benchDrawnAt ??= performance.now();
        if (performance.now() - page.__benchDrawnAt > 2_000) {
          return { at: page.__benchDrawnAt, via: 'fallback' };
        }
      }
      return false;
    },
    nodes,
    left(),
    `no first frame within ${timeoutMs / 1000} s at limit=${nodes}`,
  );
  if ('error' in first) {
    throw new BenchError(
      `the explorer shows an error at limit=${nodes}: ${oneLineOf(first.error)}`,
    );
  }
  const settled = await waitFor(
    page,
    (via: string): number | false => {
      if (via === 'marks') {
        return performance.getEntriesByName('explorer:layout-settled')[0]?.startTime ?? false;
      }
      const ready = document.querySelector('[data-testid="graph-canvas"][data-state="ready"]');
      const arranging = document.querySelector('.graph-canvas__arranging');
      return ready && !arranging ? performance.now() : false;
    },
    first.via,
    left(),
    `the layout did not settle within ${timeoutMs / 1000} s at limit=${nodes}`,
  );
  return {
    firstFrameMs: first.at,
    settledMs: settled,
    via: first.via,
    longTasks: await longTasksUntil(page, settled),
  };
}

/**
 * page.waitForFunction polled every frame, with a one-line error on timeout. The timeout is kept
 * here: Playwright's own never fires while the page's main thread is stuck in one long task.
 */
export async function waitFor<R, A extends string | number | undefined>(
  page: Page,
  check: (arg: A) => R | false,
  arg: A,
  timeoutMs: number,
  onTimeout: string,
): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new BenchError(onTimeout)), timeoutMs);
  });
  const seen = page
    .waitForFunction(check as (arg: unknown) => R | false, arg, { timeout: 0, polling: 'raf' })
    .then((handle) => handle.jsonValue() as Promise<R>);
  // Once abandoned, it rejects when the page closes; that is expected, not an error.
  seen.catch(() => {});
  try {
    return await Promise.race([seen, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function oneLineOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
