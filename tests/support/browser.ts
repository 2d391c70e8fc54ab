import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { chromiumFlags, chromiumPath } from '../../server/export/chromium-options.ts';

/** Where browser tests leave screenshots for a person to look at (git-ignored). */
export const artifactsDir = path.join(projectRoot, 'tests', 'artifacts');

/**
 * Debian's Chromium, headless, with the flags every Chromium of the project gets. With `webgl`,
 * WebGL runs on the CPU (SwiftShader): headless Chromium 137+ no longer falls back to it by itself.
 */
export function launchChromium(options: { webgl?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumFlags, ...(options.webgl ? ['--enable-unsafe-swiftshader'] : [])],
  });
}

/** Saves a full-page screenshot as tests/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Opens the explorer and waits until the first layout has finished drawing. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ timeout: 60_000 });
  // The canvas can say ready a frame before it hands its instance to window.__explorer.
  await page.waitForFunction(
    () => (window as { __explorer?: { cy?: unknown } }).__explorer?.cy !== undefined,
    null,
    { timeout: 60_000 },
  );
}

/** Collects the page's uncaught errors and console errors; tests expect it to stay empty. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** What a browser test works on: its page, the page's collected errors, and the browser. */
export interface TestPage {
  browser: Browser;
  page: Page;
  errors: string[];
}

/**
 * One Chromium for the test file and a fresh 1440×900 page per test, closed after it; `onPage`
 * hears each new page (with the list its errors are collected into) before the test runs. After
 * each test the page must have logged no uncaught error and no console error: a test that
 * provokes one on purpose takes it out of `errors` and checks it itself.
 */
export function pagePerTest(
  onPage: (opened: TestPage) => void,
  options: { acceptDownloads?: boolean } = {},
): void {
  let browser: Browser;
  let current: TestPage | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: options.acceptDownloads ?? false,
    });
    current = { browser, page, errors: watchPageErrors(page) };
    onPage(current);
  });
  afterEach(async () => {
    const opened = current;
    current = null;
    if (!opened) return;
    await opened.page.close();
    expect(opened.errors, 'errors logged by the page').toEqual([]);
  });
}

/**
 * Waits until nothing on the canvas moves: no layout arranging, no viewport or node animation,
 * for ten frames in a row (a layout starts a frame after it is asked for). For screenshots and
 * for reading positions, in place of a fixed sleep.
 */
export async function canvasAtRest(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let still = 0;
        const check = () => {
          const cy = (window as { __explorer?: { cy?: any } }).__explorer?.cy;
          const moving =
            !cy ||
            document.querySelector('.graph-canvas__arranging') !== null ||
            cy.animated() ||
            cy.nodes().some((node: any) => node.animated());
          still = moving ? 0 : still + 1;
          if (still >= 10) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}
