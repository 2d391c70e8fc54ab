import type { Page } from 'playwright-core';

/** Ids of every node in the page's Cytoscape, hidden or not, sorted. */
export async function canvasIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as any).__explorer.cy
      .nodes()
      .map((node: any) => node.id())
      .sort(),
  );
}

/**
 * Where an element of the graph is drawn, in page coordinates: an entity where the GraphView
 * says it is (in either drawing), a relationship at its midpoint in Cytoscape.
 */
export async function pagePositionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const { cy, view } = (window as any).__explorer;
    const box = cy.container().getBoundingClientRect();
    const point =
      view.renderedPositionOf(elementId) ?? cy.getElementById(elementId).renderedMidpoint();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

/** Clicks an element of the graph where it is drawn, as a person would. */
export async function clickOnCanvas(page: Page, id: string): Promise<void> {
  const at = await pagePositionOf(page, id);
  await page.mouse.click(at.x, at.y);
}

/**
 * Double-clicks alibaba-cloud (drawn in the seeded `?limit=3&order=id` slice) and waits for the
 * funding round its expansion brings in.
 */
export async function expandAlibabaCloud(page: Page): Promise<void> {
  const at = await pagePositionOf(page, 'alibaba-cloud');
  await page.mouse.dblclick(at.x, at.y);
  await page.waitForFunction(
    () => (window as any).__explorer.cy.getElementById('shengshu-series-b').length === 1,
  );
}
