import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousAccessibilityFindings } from '../support/axe.ts';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { clickOnCanvas } from '../support/canvas.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => {
  page = opened.page;
});

/** Selects an element of the graph the way a click does, through the page's own selection. */
async function select(id: string): Promise<void> {
  await clickOnCanvas(page, id);
  await page.getByTestId('details-panel').waitFor();
  await canvasAtRest(page);
}

async function audit(state: string): Promise<void> {
  await screenshot(page, `a11y-${state}`);
  expect.soft(await seriousAccessibilityFindings(page), state).toEqual([]);
}

describe('WCAG 2.2 AA in every main state (axe-core: no serious or critical finding)', () => {
  it('when the page opens, and on each sidebar tab, then nothing serious is found', async () => {
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await audit('start');
    for (const tab of ['views', 'paths', 'sources']) {
      await page.getByTestId(`${tab}-tab`).click();
      await page.waitForLoadState('networkidle');
      await audit(`tab-${tab}`);
    }
  });

  it('when an entity, then a relationship, is detailed, then nothing serious is found', async () => {
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await select('shengshu');
    await audit('entity-details');
    // Every kind's badge is read on its own tint: the funding round's was the faintest.
    await select('shengshu-series-b');
    await audit('funding-round-details');
    await select('alibaba-cloud-LED-shengshu-series-b');
    await audit('relationship-details');
  });

  it('when a view gives a table, the workbench is open and the export menu and help show, then nothing serious is found', async () => {
    await openExplorer(page, baseUrl);
    await page.getByTestId('views-tab').click();
    await page
      .locator('[data-testid="view-item"][data-view-id="funding-totals-by-investor"]')
      .click();
    await page.locator('[data-testid="results-table"]').waitFor({ timeout: 30_000 });
    await audit('table-result');
    await page.getByTestId('open-workbench').click();
    await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor({ timeout: 30_000 });
    await audit('workbench');
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-menu').waitFor();
    await audit('export-menu');
    await page.keyboard.press('Escape');
    await page.getByTestId('help-button').click();
    await page.getByTestId('help-overlay').waitFor();
    await audit('help');
  });

  it('when the dark theme is on with the export menu open, then nothing serious is found', async () => {
    await openExplorer(page, baseUrl);
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await canvasAtRest(page);
    await audit('dark');
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-menu').waitFor();
    await audit('dark-export-menu');
    await select('vidu');
    await audit('dark-entity-details');
  });
});

describe('the table twin, WCAG 2.2 AA (axe-core: no serious or critical finding)', () => {
  it('when the graph shows as tables, light and dark, with a row selected and with nothing drawn, then nothing serious is found', async () => {
    await openExplorer(page, baseUrl);
    await page.getByTestId('table-toggle').click();
    await page.getByTestId('graph-table').waitFor();
    await audit('table-twin');
    await page.locator('tr[data-row-id="shengshu"] [data-row-button]').click();
    await page.getByTestId('details-panel').waitFor();
    await audit('table-twin-selected');
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await audit('dark-table-twin-selected');
    await openExplorer(page, `${baseUrl}/?x-display=table&x-camps=nowhere`);
    await page.getByTestId('nothing-drawn').waitFor();
    await audit('table-twin-nothing-drawn');
  });
});

describe('less motion when the system asks for it', () => {
  it('when reduced motion is preferred, then a new layout lands at once, where otherwise it glides', async () => {
    for (const [reducedMotion, glides] of [
      ['no-preference', true],
      ['reduce', false],
    ] as const) {
      await page.emulateMedia({ reducedMotion });
      await openExplorer(page, baseUrl);
      await canvasAtRest(page);
      await page.getByTestId('layout-select').selectOption('circle');
      // Watches the nodes for 800 ms, frame by frame: did any of them glide?
      const glided = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const cy = (window as any).__explorer.cy;
            const start = performance.now();
            let seen = false;
            const check = () => {
              if (cy.nodes().some((node: any) => node.animated())) seen = true;
              if (performance.now() - start > 800) resolve(seen);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
      );
      expect(glided, reducedMotion).toBe(glides);
    }
  });
});
