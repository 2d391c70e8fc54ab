import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';

/**
 * Labels never cover one another: where two would meet, the better connected entity keeps its
 * name and the other waits until it is hovered, selected or next to the selection.
 */
const baseUrl = inject('baseUrl');
let page: Page;
pagePerTest((opened) => {
  page = opened.page;
});

/** Entities whose label is shown, and the pairs of shown labels that overlap. */
async function shownLabels(): Promise<{ shown: string[]; hidden: string[]; clashes: string[] }> {
  return page.evaluate(() => {
    const { cy } = (window as any).__explorer;
    const visible = cy.nodes(':visible');
    const shownNodes = visible.filter((node: any) => Number(node.style('text-opacity')) > 0);
    const boxes = shownNodes.map((node: any) => ({
      id: node.id(),
      box: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
    }));
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
          clashes.push(`${boxes[i].id} × ${boxes[j].id}`);
        }
      }
    }
    return {
      shown: shownNodes.map((node: any) => node.id()),
      hidden: visible.difference(shownNodes).map((node: any) => node.id()),
      clashes,
    };
  });
}

describe('labels on the graph', () => {
  it('when the seed graph opens, then no two shown labels overlap, and a selected hub shows every neighbor’s name', async () => {
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    const start = await shownLabels();
    expect(start.clashes).toEqual([]);
    expect(start.shown).toContain('world-models');

    // Dragged onto a better connected entity, an entity's label gives way, and only its label.
    const pagePoint = (id: string) =>
      page.evaluate((nodeId) => {
        const { cy, view } = (window as any).__explorer;
        const box = cy.container().getBoundingClientRect();
        const point = view.renderedPositionOf(nodeId);
        return { x: box.left + point.x, y: box.top + point.y };
      }, id);
    const from = await pagePoint('tim-lechleider');
    const onto = await pagePoint('robotics');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(onto.x + 4, onto.y + 2, { steps: 8 });
    await page.mouse.up();
    await canvasAtRest(page);
    await expect
      .poll(
        async () =>
          (await shownLabels()).hidden.includes('tim-lechleider') ||
          (await shownLabels()).hidden.includes('robotics'),
      )
      .toBe(true);
    const crowded = await shownLabels();
    expect(crowded.clashes).toEqual([]);
    expect(crowded.hidden.length).toBe(1);
    await screenshot(page, 'labels-decluttered');

    const at = await page.evaluate(() => {
      const { cy, view } = (window as any).__explorer;
      const box = cy.container().getBoundingClientRect();
      const point = view.renderedPositionOf('world-models');
      return { x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('details-panel').waitFor();
    await canvasAtRest(page);
    const neighbors: string[] = await page.evaluate(() =>
      (window as any).__explorer.cy
        .getElementById('world-models')
        .neighborhood('node')
        .map((node: any) => node.id()),
    );
    await expect
      .poll(async () => {
        const { shown } = await shownLabels();
        return neighbors.filter((id) => !shown.includes(id));
      })
      .toEqual([]);
  });
});
