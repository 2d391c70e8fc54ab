import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { clickOnCanvas } from '../support/canvas.ts';

/**
 * The graph makes room for the panels around it: opening the details panel or the workbench
 * dock narrows the canvas, and a graph still framed as the explorer left it is framed again in
 * what is left, camp regions included. A view the person moved stays where they put it.
 */
const baseUrl = inject('baseUrl');
let page: Page;
pagePerTest((opened) => {
  page = opened.page;
});

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What sticks out of the canvas: every drawn node's box and every camp region, in page px. */
async function outsideTheCanvas(): Promise<string[]> {
  return page.evaluate(() => {
    const { cy, view } = (window as any).__explorer;
    const canvas = cy.container().getBoundingClientRect() as DOMRect;
    const inside = (box: Rect) =>
      box.left >= canvas.left - 1 &&
      box.right <= canvas.right + 1 &&
      box.top >= canvas.top - 1 &&
      box.bottom <= canvas.bottom + 1;
    const out: string[] = [];
    for (const id of view.drawnIds().nodes as string[]) {
      const own = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
      const box = {
        left: canvas.left + own.x1,
        right: canvas.left + own.x2,
        top: canvas.top + own.y1,
        bottom: canvas.top + own.y2,
      };
      if (!inside(box)) out.push(id);
    }
    for (const region of document.querySelectorAll<HTMLElement>('.camp-region')) {
      if (!inside(region.getBoundingClientRect())) out.push(region.className);
    }
    return out;
  });
}

async function canvasWidth(): Promise<number> {
  return page.evaluate(() => (window as any).__explorer.cy.width());
}

describe('the graph and the panels around it', () => {
  it('when an entity on the far right is opened, then the whole graph and its camps are framed again beside the details panel', async () => {
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    expect(await outsideTheCanvas()).toEqual([]);
    const wide = await canvasWidth();

    await clickOnCanvas(page, 'yann-lecun');
    await page.getByTestId('details-panel').waitFor();
    await expect.poll(canvasWidth).toBeLessThan(wide - 200);
    await canvasAtRest(page);
    await screenshot(page, 'panels-details-open');
    expect(await outsideTheCanvas()).toEqual([]);
  });

  it('when the person zoomed in first, then opening an entity leaves their zoom and keeps the entity in sight', async () => {
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await page.getByTestId('zoom-in').click();
    await canvasAtRest(page);
    const zoom = () => page.evaluate(() => (window as any).__explorer.cy.zoom());
    const chosen = await zoom();

    await clickOnCanvas(page, 'world-models');
    await page.getByTestId('details-panel').waitFor();
    await canvasAtRest(page);
    expect(await zoom()).toBeCloseTo(chosen, 5);
    const at = await page.evaluate(() =>
      (window as any).__explorer.view.renderedPositionOf('world-models'),
    );
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(await canvasWidth());
  });

  it('when the workbench dock opens under the graph, then the graph is framed again above it and keeps a usable height', async () => {
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await page.getByTestId('open-workbench').click();
    await page.getByRole('separator', { name: /resize the records and workbench/i }).waitFor();
    await canvasAtRest(page);
    await screenshot(page, 'panels-workbench-open');
    const height = await page.evaluate(() => (window as any).__explorer.cy.height());
    expect(height).toBeGreaterThanOrEqual(180);
    expect(await outsideTheCanvas()).toEqual([]);

    // Dragged as far up as it goes, the dock still leaves the graph its minimum.
    const handle = page.getByRole('separator', { name: /resize the records and workbench/i });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, 0, { steps: 6 });
    await page.mouse.up();
    await canvasAtRest(page);
    await screenshot(page, 'panels-dock-dragged-up');
    const squeezed = await page.evaluate(() => (window as any).__explorer.cy.height());
    expect(squeezed).toBeGreaterThanOrEqual(240);
    expect(squeezed).toBeLessThan(height);
    // Every entity stays in view; the camp regions keep their labels and padding at a fixed
    // size on screen, so at this height they may overlap the edge.
    const entitiesOutside = (await outsideTheCanvas()).filter((what) => !what.startsWith('camp'));
    expect(entitiesOutside).toEqual([]);
  });
});
