import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../server/export/chromium-options.ts';
import { BenchError } from './bench-error.ts';
import type { Cleanup } from './cleanup.ts';

/**
 * Headless Chromium, as the exports and the browser tests run it (server/export/chromium-options.ts),
 * with `extraArgs` after the usual flags (the peers section adds SwiftShader, for WebGL without a
 * GPU).
 */
export async function launchBrowser(cleanup: Cleanup, extraArgs: string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new BenchError(
      `Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // Ctrl+C is ours to handle: Playwright's own handler would exit before Neo4j has stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...chromiumFlags, ...extraArgs],
  });
  cleanup.add('close Chromium', () => browser.close());
  return browser;
}

/** Main-thread tasks over 50 ms, as the page's PerformanceObserver saw them. */
export interface LongTasks {
  count: number;
  longestMs: number;
  over200: number;
  /** Summed length of the tasks, ms. */
  totalMs: number;
}

/** Records every long task from navigation on, buffered, in `window.__benchLongTasks`. */
const longTaskRecorder = `
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/**
 * A page in a fresh browser context (empty cache, 1600×1000) that records long tasks. Close it
 * with the returned function.
 */
export async function freshPage(browser: Browser): Promise<{ page: Page; close(): Promise<void> }> {
  const browserContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await browserContext.addInitScript(longTaskRecorder);
  const page = await browserContext.newPage();
  return { page, close: () => browserContext.close() };
}

/** The long tasks that started before `untilMs` (page time). */
export async function longTasksUntil(page: Page, untilMs: number): Promise<LongTasks> {
  const tasks = await page.evaluate(
    () =>
      (window as unknown as { __benchLongTasks?: { start: number; duration: number }[] })
        .__benchLongTasks ?? [],
  );
  const kept = tasks.filter((task) => task.start <= untilMs);
  return {
    count: kept.length,
    longestMs: kept.reduce((longest, task) => Math.max(longest, task.duration), 0),
    over200: kept.filter((task) => task.duration > 200).length,
    totalMs: kept.reduce((sum, task) => sum + task.duration, 0),
  };
}
