import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openExplorer, screenshot, watchPageErrors } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** Every CSP violation the page reports, from the console and from the DOM's own event. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  page.on('pageerror', (error) => seen.push(error.message));
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as any).reportViolation(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  return seen;
}

describe('the page under its Content-Security-Policy', () => {
  it('when a person explores, runs a view, uses the workbench and exports, then nothing is blocked', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchPageErrors(page);
    const violations = await watchViolations(page);
    await openExplorer(page, baseUrl);

    await page.getByTestId('views-tab').click();
    await page
      .locator('[data-testid="view-item"][data-view-id="funding-totals-by-investor"]')
      .click();
    await page.locator('[data-testid="results-table"]').waitFor({ timeout: 30_000 });

    await page.getByTestId('open-workbench').click();
    const editor = page.locator('[data-testid="cypher-editor"] .cm-content');
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('MATCH p=(:Person)-[:FOUNDED]->() RETURN p');
    await page.keyboard.press('Control+Enter');
    await page
      .locator('[data-testid="result-banner"][data-state="ready"]')
      .waitFor({ timeout: 30_000 });

    await page.getByTestId('export-button').click();
    await page.getByTestId('export-menu').waitFor();
    for (const format of ['png', 'svg']) {
      await page.getByTestId(`export-format-${format}`).check();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-image-download').click(),
      ]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    }
    await screenshot(page, 'content-security-after-export');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);

    // Control: an injected inline script is blocked, and the watch above does see it.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).injected)).toBeUndefined();
    await page.close();
  });

  it('when another site frames the explorer, then the browser refuses to show it', async () => {
    const framer = http.createServer((_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><title>Framer</title><iframe src="${baseUrl}/" width="800" height="600"></iframe>`,
        );
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    try {
      const refusals: string[] = [];
      page.on('console', (message) => {
        if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
      await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const framed = page.frames().find((frame) => frame !== page.mainFrame());
      const rootInFrame = await framed
        ?.evaluate(() => document.getElementById('root') !== null)
        .catch(() => false);
      expect(rootInFrame ?? false).toBe(false);
    } finally {
      await page.close();
      await new Promise((resolve) => framer.close(resolve));
    }
  });
});
