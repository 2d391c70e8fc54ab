import type { Browser } from 'playwright-core';
import { freshPage, longTasksUntil, type LongTasks } from './browser.ts';
import { waitFor } from './explorer-page.ts';

export interface OverviewTiming {
  /** From navigation until the overview canvas was ready, page time. */
  readyMs: number;
  /** Main-thread tasks over 50 ms until a second after that. */
  longTasks: LongTasks;
}

/**
 * Opens the explorer at `base` as a person would (no `?limit=`): on a database too large to draw
 * whole, the page shows the overview. Waits for it, then a second more for what follows it.
 */
export async function openOverviewTimed(
  browser: Browser,
  base: string,
  timeoutMs: number,
): Promise<OverviewTiming> {
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(base, { waitUntil: 'commit' });
    const readyMs = await waitFor(
      page,
      () =>
        document.querySelector('[data-testid="overview-canvas"][data-state="ready"]')
          ? performance.now()
          : false,
      undefined,
      timeoutMs,
      `the overview was not drawn within ${timeoutMs / 1000} s`,
    );
    await page.waitForTimeout(1_000);
    return { readyMs, longTasks: await longTasksUntil(page, readyMs + 1_000) };
  } finally {
    await close();
  }
}
