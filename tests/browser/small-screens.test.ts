import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { clickOnCanvas } from '../support/canvas.ts';

/**
 * The explorer on smaller screens: a 1024×768 laptop keeps the whole product, with the graph
 * still framed beside an open details panel; a 390×844 phone gets a read-only layout whose
 * settings and details come up as sheets over the graph.
 */
const baseUrl = inject('baseUrl');
let page: Page;
pagePerTest((opened) => {
  page = opened.page;
});

/** Drawn entities whose box leaves the canvas. */
async function entitiesOutsideTheCanvas(): Promise<string[]> {
  return page.evaluate(() => {
    const { cy, view } = (window as any).__explorer;
    const width = cy.width();
    const height = cy.height();
    return (view.drawnIds().nodes as string[]).filter((id) => {
      const box = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
      return box.x1 < -1 || box.y1 < -1 || box.x2 > width + 1 || box.y2 > height + 1;
    });
  });
}

/** Whether the page scrolls sideways (it never should). */
async function overflowsSideways(): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

async function canvasSize(): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const { cy } = (window as any).__explorer;
    return { width: cy.width(), height: cy.height() };
  });
}

/** Whether `element`'s box lies inside the viewport. */
async function inViewport(testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width &&
    box.y + box.height <= size.height
  );
}

describe('the explorer on a 1024×768 screen', () => {
  it('when opened and an entity is detailed, then nothing scrolls sideways, every control is on screen and the graph is framed beside the panel', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    expect(await overflowsSideways()).toBe(false);
    for (const control of ['open-workbench', 'zoom-fit', 'export-button']) {
      expect({ control, onScreen: await inViewport(control) }).toEqual({
        control,
        onScreen: true,
      });
    }
    expect(await entitiesOutsideTheCanvas()).toEqual([]);
    await screenshot(page, 'small-1024-start');

    await clickOnCanvas(page, 'world-models');
    await page.getByTestId('details-panel').waitFor();
    await canvasAtRest(page);
    await screenshot(page, 'small-1024-details');
    expect(await overflowsSideways()).toBe(false);
    const canvas = await canvasSize();
    expect(canvas.width).toBeGreaterThanOrEqual(420);
    expect(canvas.height).toBeGreaterThanOrEqual(420);
    expect(await entitiesOutsideTheCanvas()).toEqual([]);
  });
});

describe('the explorer on a 390×844 phone', () => {
  it('when opened, then the graph takes the screen, editing is left out, and the settings come up as a sheet and go again', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await screenshot(page, 'small-phone-start');
    expect(await overflowsSideways()).toBe(false);
    const canvas = await canvasSize();
    expect(canvas.width).toBeGreaterThanOrEqual(370);
    expect(canvas.height).toBeGreaterThanOrEqual(480);
    expect(await entitiesOutsideTheCanvas()).toEqual([]);
    // Read-only: no workbench to write Cypher in.
    await expect(page.getByTestId('open-workbench').isVisible()).resolves.toBe(false);

    const sidebar = page.getByRole('complementary', { name: /graph settings/i });
    await expect(sidebar.isVisible()).resolves.toBe(false);
    const menu = page.getByRole('button', { name: /settings and legend/i });
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(sidebar.isVisible()).resolves.toBe(true);
    await screenshot(page, 'small-phone-settings-sheet');
    await page.getByRole('button', { name: /close the settings/i }).click();
    await expect(sidebar.isVisible()).resolves.toBe(false);
  });

  it('when an entity is tapped, then its details come up as a sheet under the graph, which stays framed above it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await clickOnCanvas(page, 'world-models');
    const details = page.getByTestId('details-panel');
    await details.waitFor();
    await canvasAtRest(page);
    await screenshot(page, 'small-phone-details-sheet');
    expect(await overflowsSideways()).toBe(false);
    const sheet = (await details.boundingBox())!;
    expect(sheet.width).toBeGreaterThanOrEqual(380);
    const canvas = await page.getByTestId('graph-canvas').boundingBox();
    // The sheet sits under the graph, not over it.
    expect(canvas!.y + canvas!.height).toBeLessThanOrEqual(sheet.y + 1);
    expect(await entitiesOutsideTheCanvas()).toEqual([]);
    await page.getByRole('button', { name: /close/i }).first().click();
    await details.waitFor({ state: 'detached' });
  });
});

describe('camp regions on a 390×844 phone', () => {
  it('when the graph is zoomed far out, then no camp region or camp label overlaps another region', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await page.evaluate(() => {
      const { cy } = (window as any).__explorer;
      cy.zoom({
        level: cy.minZoom(),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    });
    // The regions follow the viewport a frame later; canvasAtRest waits ten.
    await canvasAtRest(page);
    await screenshot(page, 'small-phone-camps-zoomed-out');
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('.camp-region')].map((region) => {
        const label = region.querySelector<HTMLElement>('.camp-region__label');
        return {
          camp: region.className,
          region: region.getBoundingClientRect(),
          label:
            label && getComputedStyle(label).visibility !== 'hidden'
              ? label.getBoundingClientRect()
              : null,
        };
      });
      const meet = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const found: string[] = [];
      for (const a of boxes) {
        for (const b of boxes) {
          if (a === b) continue;
          if (a.camp < b.camp && meet(a.region, b.region)) found.push(`${a.camp} and ${b.camp}`);
          if (a.label && meet(a.label, b.region)) found.push(`${a.camp}'s label and ${b.camp}`);
        }
      }
      return { regions: boxes.length, found };
    });
    expect(overlaps.regions).toBeGreaterThan(1);
    expect(overlaps.found).toEqual([]);
  });
});
