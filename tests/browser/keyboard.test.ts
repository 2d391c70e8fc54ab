import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => {
  page = opened.page;
});

/** The selection as the page keeps it (the address mirrors it). */
async function selection(): Promise<string[]> {
  return page.evaluate(() =>
    (new URLSearchParams(window.location.search).get('x-selection') ?? '')
      .split(',')
      .filter(Boolean),
  );
}

async function announced(): Promise<string> {
  return (await page.getByTestId('selection-announcement').textContent()) ?? '';
}

async function focusedLabel(): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/** Presses Tab until the graph has the focus, as a keyboard user would reach it. */
async function tabToGraph(): Promise<number> {
  for (let presses = 1; presses <= 60; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel()).startsWith('Ecosystem graph')) return presses;
  }
  throw new Error('Tab never reached the graph');
}

async function captionOf(id: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/nodes/${id}`);
  return ((await response.json()) as { node: { caption: string } }).node.caption;
}

/** Where a node is drawn, from the GraphView. */
function drawnAt(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => (window as any).__explorer.view.renderedPositionOf(nodeId), id);
}

describe('the graph with the keyboard alone', () => {
  it('when a person tabs to the graph, then arrows walk it, the choice is announced, E expands, +/- zoom, Home fits and Escape clears', async () => {
    await openExplorer(page, `${baseUrl}/?limit=3&order=id`);
    await canvasAtRest(page);
    await tabToGraph();
    expect(await selection()).toEqual([]);

    // The first arrow starts at the entity nearest the middle; the next goes that way.
    await page.keyboard.press('ArrowRight');
    await expect.poll(selection).toHaveLength(1);
    const first = (await selection())[0]!;
    await expect
      .poll(announced)
      .toMatch(
        /, (Company|Investor|Technology|Product|Person|Funding round|Challenge), .+, \d+ connections?\.$/,
      );
    const from = await drawnAt(first);
    let moved = false;
    for (const arrow of ['ArrowLeft', 'ArrowDown', 'ArrowUp', 'ArrowRight']) {
      await page.keyboard.press(arrow);
      await canvasAtRest(page);
      const now = (await selection())[0]!;
      if (now === first) continue;
      moved = true;
      const at = await drawnAt(now);
      if (arrow === 'ArrowLeft') expect(at.x).toBeLessThan(from.x);
      if (arrow === 'ArrowDown') expect(at.y).toBeGreaterThan(from.y);
      if (arrow === 'ArrowUp') expect(at.y).toBeLessThan(from.y);
      if (arrow === 'ArrowRight') expect(at.x).toBeGreaterThan(from.x);
      break;
    }
    expect(moved).toBe(true);
    expect(await focusedLabel()).toMatch(/^Ecosystem graph/);

    // E is the page's shortcut: it expands the selected entity; the focus stays on the graph.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await canvasAtRest(page);
    const chosen = (await selection())[0]!;
    await expect.poll(announced).toMatch(new RegExp(`^${await captionOf(chosen)}, `));
    const before = await page.evaluate(
      () => (window as any).__explorer.view.drawnIds().nodes.length,
    );
    await page.keyboard.press('e');
    await expect
      .poll(() => page.evaluate(() => (window as any).__explorer.view.drawnIds().nodes.length))
      .toBeGreaterThan(before);
    await canvasAtRest(page);
    expect(await selection()).toEqual([chosen]);

    const zoom = () => page.evaluate(() => (window as any).__explorer.cy.zoom());
    await page.keyboard.press('Home');
    await canvasAtRest(page);
    const fitted = await zoom();
    await page.keyboard.press('+');
    await expect.poll(zoom).toBeGreaterThan(fitted * 1.1);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(zoom).toBeLessThan(fitted);
    await page.keyboard.press('Home');
    await canvasAtRest(page);
    await expect.poll(zoom).toBeCloseTo(fitted, 1);
    await screenshot(page, 'keyboard-walk');

    await page.keyboard.press('Escape');
    await expect.poll(selection).toEqual([]);
    await expect.poll(announced).toBe('Nothing selected.');
    expect(await focusedLabel()).toMatch(/^Ecosystem graph/);
  });
});
