import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, defaultClientDir } from '../../server/app.ts';
import { openDatabase, type Database } from '../../server/neo4j/database.ts';
import { canvasAtRest, launchChromium, openExplorer, watchPageErrors } from '../support/browser.ts';
import {
  checkBaseline,
  updatingBaselines,
  visualDiffDir,
  visualTolerance,
  type BaselineVerdict,
} from '../support/visual-baseline.ts';

/**
 * Screenshots of the main states (the ones the accessibility audit walks) compared with the
 * baselines committed in tests/visual-baselines/, so a styling change that breaks one fails.
 * Determinism first: a fixed viewport and scale, reduced motion (the page jumps instead of
 * gliding), every state waited for, fonts loaded, carets hidden. `UPDATE_VISUAL_BASELINES=1`
 * writes the baselines instead (npm run test:visual:update).
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let errors: string[];
/** Console lines a page may log on purpose (the API's 401 before signing in). */
let expectedErrors: RegExp | null = null;
const verdicts: BaselineVerdict[] = [];

/** Hidden while a screenshot is taken: carets and CodeMirror's cursor blink on their own clock. */
const STILL_STYLE = `* { caret-color: transparent !important; } .cm-cursorLayer { display: none !important; }`;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  // The shares seen, for measuring noise between runs with nothing changed.
  mkdirSync(visualDiffDir, { recursive: true });
  const shares = Object.fromEntries(verdicts.map(({ state, share }) => [state, share]));
  writeFileSync(path.join(visualDiffDir, 'shares.json'), `${JSON.stringify(shares, null, 2)}\n`);
});
afterEach(async () => {
  await page?.context().close();
  const unexpected = errors.filter((message) => !expectedErrors?.test(message));
  expectedErrors = null;
  expect(unexpected, 'errors logged by the page').toEqual([]);
});

/** A fresh page in its own context: light scheme, reduced motion, 1 CSS pixel per pixel. */
async function openPage(viewport = { width: 1440, height: 900 }): Promise<void> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    // The screenshot's own stylesheet (STILL_STYLE) must get past the page's CSP.
    bypassCSP: true,
  });
  page = await context.newPage();
  // A state that never comes fails at the step that waits for it, not at the test's timeout.
  page.setDefaultTimeout(30_000);
  errors = watchPageErrors(page);
}

/**
 * Waits for fonts, for every spinner to go (what it waits for has arrived), for the graph to stop
 * moving when one is shown, and for a painted frame.
 */
async function stateAtRest(): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => document.querySelector('.spinner') === null);
  // A query's result replaces the explorer's graph: then there is no canvas to wait for.
  if (await page.evaluate(() => (window as any).__explorer?.cy !== undefined)) {
    await canvasAtRest(page);
  }
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function takeScreenshot(): Promise<Buffer> {
  await stateAtRest();
  return page.screenshot({ animations: 'disabled', caret: 'hide', style: STILL_STYLE });
}

/** Screenshots the state and compares it with its baseline (or writes it, when updating). */
async function expectState(state: string): Promise<void> {
  const verdict = checkBaseline({
    state,
    screenshot: await takeScreenshot(),
    update: updatingBaselines,
  });
  verdicts.push(verdict);
  expect.soft(verdict.problem, state).toBeNull();
}

/** Clicks an entity or a relationship where it is drawn, and waits for its details. */
async function select(id: string): Promise<void> {
  const at = await page.evaluate((elementId) => {
    const { cy, view } = (window as any).__explorer;
    const element = cy.getElementById(elementId);
    const point = element.isNode()
      ? view.renderedPositionOf(elementId)
      : element.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('details-panel').waitFor();
}

async function openAtRest(url = baseUrl): Promise<void> {
  await openExplorer(page, url);
  await canvasAtRest(page);
}

describe('each main state looks as its committed baseline', () => {
  it('when the page opens, and on each sidebar tab, then each matches', async () => {
    await openPage();
    await openAtRest();
    await expectState('start');
    for (const tab of ['views', 'paths', 'sources']) {
      await page.getByTestId(`${tab}-tab`).click();
      await page.waitForLoadState('networkidle');
      await expectState(`tab-${tab}`);
    }
  });

  it('when an entity, then a relationship, is detailed, then each matches', async () => {
    await openPage();
    await openAtRest();
    await select('shengshu');
    await expectState('entity-details');
    await select('alibaba-cloud-LED-shengshu-series-b');
    await expectState('relationship-details');
  });

  it('when a view gives a table, then the workbench, the export menu and help, each matches', async () => {
    await openPage();
    await openAtRest();
    await page.getByTestId('views-tab').click();
    await page
      .locator('[data-testid="view-item"][data-view-id="funding-totals-by-investor"]')
      .click();
    await page.locator('[data-testid="results-table"]').waitFor();
    await expectState('table-result');
    await page.getByTestId('open-workbench').click();
    await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor();
    await expectState('workbench');
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-menu').waitFor();
    await expectState('export-menu');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-menu').waitFor({ state: 'detached' });
    await page.keyboard.press('?');
    await page.getByTestId('help-overlay').waitFor();
    await expectState('help');
  });

  it('when the graph shows as tables (T), then it matches', async () => {
    await openPage();
    await openAtRest();
    await page.keyboard.press('t');
    await page.getByTestId('graph-table').waitFor();
    await expectState('table-twin');
  });

  it('when the dark theme is on, then it matches', async () => {
    await openPage();
    await openAtRest();
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await expectState('dark');
  });

  it('when opened on a 390×844 phone, then it matches', async () => {
    await openPage({ width: 390, height: 844 });
    await openAtRest();
    await expectState('phone');
  });

  describe('with sign-in on', () => {
    let db: Database;
    let server: ReturnType<ReturnType<typeof createApp>['listen']>;
    beforeAll(async () => {
      db = openDatabase({
        uri: inject('boltUri'),
        user: 'neo4j',
        password: inject('boltPassword'),
      });
      // A second explorer on the suite's Neo4j, as a team would share it.
      const app = createApp({ db, clientDir: defaultClientDir, security: { auth: 'on' } });
      server = await new Promise((resolve) => {
        const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
      });
    });
    afterAll(async () => {
      server?.closeAllConnections();
      server?.close();
      await db?.close();
    });

    it('when nobody is signed in, then the sign-in screen matches', async () => {
      await openPage();
      // The page asks who is signed in and the API answers 401: the browser logs that.
      expectedErrors = /status of 401/;
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await page.getByTestId('sign-in-screen').waitFor();
      await expectState('sign-in');
    });
  });
});

describe('the comparison catches a styling change', () => {
  it('when the sidebar turns pale pink on the start page, then it differs by more than the tolerance and says where the diff is', async () => {
    await openPage();
    await openAtRest();
    // A subtle change on purpose: pale enough that pixelmatch's default threshold would miss it.
    await page.addStyleTag({ content: '.sidebar { background: #ffe4e1 !important; }' });
    const verdict = checkBaseline({
      state: 'start',
      screenshot: await takeScreenshot(),
      diffName: 'start-restyled',
    });
    expect(verdict.share).toBeGreaterThan(visualTolerance.maxDifferingShare);
    expect(existsSync(path.join(visualDiffDir, 'start-restyled.diff.png'))).toBe(true);
    expect(verdict.problem).toMatch(
      /^start: [\d.]+% of pixels differ .*diff: tests\/artifacts\/visual-diff\/start-restyled\.diff\.png$/,
    );
  });
});
