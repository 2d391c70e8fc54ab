import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { canvasIds, expandAlibabaCloud, pagePositionOf } from '../support/canvas.ts';

const baseUrl = inject('baseUrl');
let page: Page;
let pageErrors: string[];
pagePerTest((opened) => {
  page = opened.page;
  pageErrors = opened.errors;
});

describe('the explorer page', () => {
  it('when opened, then it draws the whole seeded ecosystem with a legend and the camps apart', async () => {
    await openExplorer(page, baseUrl);
    const api = await (await fetch(`${baseUrl}/api/graph`)).json();
    expect(await canvasIds(page)).toEqual(api.nodes.map((node: { id: string }) => node.id).sort());
    const edgeCount = await page.evaluate(() => (window as any).__explorer.cy.edges().length);
    expect(edgeCount).toBe(api.edges.length);

    await expect(page.getByTestId('legend').textContent()).resolves.toMatch(/Company[\s\S]*Person/);
    await expect(page.getByTestId('status-line').textContent()).resolves.toContain(
      `${api.nodes.length} entities`,
    );

    // The LLM camp is drawn on one side and the world-model camp on the other.
    const sides = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      const meanX = (camp: string) => {
        const nodes = cy.nodes().filter((node: any) => node.data('camp') === camp);
        return nodes.reduce((sum: number, node: any) => sum + node.position('x'), 0) / nodes.length;
      };
      return { llm: meanX('llm'), worldModel: meanX('world-model') };
    });
    expect(sides.llm).toBeLessThan(sides.worldModel);

    // Nodes do not sit on top of each other at the default zoom.
    const overlaps = await page.evaluate(() => {
      const nodes = (window as any).__explorer.cy.nodes().toArray();
      let count = 0;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i].renderedBoundingBox({ includeLabels: false });
          const b = nodes[j].renderedBoundingBox({ includeLabels: false });
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) count++;
        }
      }
      return count;
    });
    expect(overlaps).toBe(0);
    await screenshot(page, 'explorer-overview');
    expect(pageErrors).toEqual([]);
  });

  it('when a node is clicked, then the details panel shows its properties and the article sentence it comes from', async () => {
    await openExplorer(page, baseUrl);
    const at = await pagePositionOf(page, 'zhu-jun');
    await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByTestId('details-title').textContent()).resolves.toContain('Zhu Jun');
    await expect(panel.getByTestId('details-quote').first().textContent()).resolves.toContain(
      'ShengShu founder Zhu Jun stated',
    );
    await screenshot(page, 'explorer-node-details');
    expect(pageErrors).toEqual([]);
  });

  it('when an edge is clicked, then the details panel shows the relationship and its quote', async () => {
    await openExplorer(page, baseUrl);
    const at = await pagePositionOf(page, 'tal-education-PARTICIPATED_IN-shengshu-series-b');
    await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByTestId('details-title').textContent()).resolves.toMatch(
      /PARTICIPATED/i,
    );
    await expect(panel.getByTestId('details-quote').first().textContent()).resolves.toContain(
      'includes participation from TAL Education and Baidu Ventures',
    );
    await screenshot(page, 'explorer-edge-details');
  });

  it('when a name is searched in another case, then the match is selected, centred and detailed', async () => {
    await openExplorer(page, baseUrl);
    await page.getByTestId('search-input').fill('LECUN');
    await page.getByTestId('search-result').first().waitFor();
    await expect(page.getByTestId('search-result').first().textContent()).resolves.toContain(
      'Yann LeCun',
    );
    await screenshot(page, 'explorer-search');
    await page.getByTestId('search-input').press('Enter');
    await expect(page.getByTestId('details-title').textContent()).resolves.toContain('Yann LeCun');
    // Centred: once the animation ends, the node sits near the middle of the canvas.
    await page.waitForFunction(() => {
      const cy = (window as any).__explorer.cy;
      const node = cy.getElementById('yann-lecun');
      const p = node.renderedPosition();
      return (
        node.selected() &&
        Math.abs(p.x - cy.width() / 2) < 40 &&
        Math.abs(p.y - cy.height() / 2) < 40
      );
    });
  });

  it('when a node is double-clicked, then its neighbours are added to the canvas without duplicates', async () => {
    await openExplorer(page, `${baseUrl}/?limit=3&order=id`);
    const before = await canvasIds(page);
    expect(before).toEqual(['agi', 'alibaba', 'alibaba-cloud']);
    await expandAlibabaCloud(page);
    const after = await canvasIds(page);
    expect(after).toEqual([...new Set(after)]);
    expect(after).toEqual(
      expect.arrayContaining(['alibaba', 'alibaba-cloud', 'shengshu-series-b']),
    );
    const edges = await page.evaluate(() =>
      (window as any).__explorer.cy.edges().map((edge: any) => edge.id()),
    );
    expect(edges).toContain('alibaba-cloud-LED-shengshu-series-b');
    // Once the newcomers have settled, they are in view, not under the details panel.
    await page.waitForFunction(() => {
      const cy = (window as any).__explorer.cy;
      const p = cy.getElementById('shengshu-series-b').renderedPosition();
      return p.x > 0 && p.x < cy.width() && p.y > 0 && p.y < cy.height();
    });
    await canvasAtRest(page);
    await screenshot(page, 'explorer-expanded');
    expect(pageErrors).toEqual([]);
  });
});
