import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { pagePositionOf } from '../support/canvas.ts';

/**
 * The same behavior asked of both ways the graph is drawn: Cytoscape alone (small graphs) and
 * the scene with a window in Cytoscape (large graphs; `?x-draw=scene` draws the seed graph that
 * way). Each test reads the page through the GraphView (window.__explorer.view), never through
 * Cytoscape's list of everything.
 */
const baseUrl = inject('baseUrl');
let page: Page;
let pageErrors: string[];
pagePerTest((opened) => {
  page = opened.page;
  pageErrors = opened.errors;
});

interface ApiGraph {
  nodes: { id: string; caption: string; labels: string[] }[];
  edges: { id: string; source: string; target: string }[];
}

async function apiGraph(): Promise<ApiGraph> {
  return (await fetch(`${baseUrl}/api/graph`)).json() as Promise<ApiGraph>;
}

async function drawnIds(): Promise<{ nodes: string[]; edges: string[] }> {
  const drawn = await page.evaluate(() => (window as any).__explorer.view.drawnIds());
  return { nodes: drawn.nodes.sort(), edges: drawn.edges.sort() };
}

async function modelPositions(): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => (window as any).__explorer.view.positions());
}

/**
 * Waits until no layout or glide is moving the drawing. The scene drawing moves its nodes outside
 * Cytoscape (a layout worker may still post positions before its progress shows), so the
 * positions the view reports must also hold still for a while.
 */
async function settle(): Promise<void> {
  await canvasAtRest(page);
  let last = JSON.stringify(await modelPositions());
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await modelPositions());
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(true);
  await canvasAtRest(page);
}

/** Clicks a node where the view says it is drawn (hovering first: a large graph takes in what is under the pointer). */
async function clickNode(id: string): Promise<void> {
  const at = await pagePositionOf(page, id);
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(
    (nodeId) => (window as any).__explorer.cy.getElementById(nodeId).nonempty(),
    id,
  );
  await page.mouse.click(at.x, at.y);
}

describe.each([
  { drawing: 'Cytoscape alone', query: '', scale: 'small' },
  { drawing: 'the scene with a window in Cytoscape', query: '?x-draw=scene', scale: 'large' },
])('the graph drawn by $drawing', ({ query, scale }) => {
  it('when opened, then every entity and relationship of the graph is drawn', async () => {
    await openExplorer(page, `${baseUrl}/${query}`);
    await settle();
    await expect(page.getByTestId('graph-canvas').getAttribute('data-scale')).resolves.toBe(scale);
    const api = await apiGraph();
    const drawn = await drawnIds();
    expect(drawn.nodes).toEqual(api.nodes.map((node) => node.id).sort());
    expect(drawn.edges).toEqual(api.edges.map((edge) => edge.id).sort());
    const positions = await modelPositions();
    expect(Object.keys(positions).sort()).toEqual(drawn.nodes);
    await screenshot(page, `graph-views-${scale}`);
    expect(pageErrors).toEqual([]);
  });

  it('when an entity is clicked, then its details open and everything but its neighborhood steps back', async () => {
    await openExplorer(page, `${baseUrl}/${query}`);
    await settle();
    const api = await apiGraph();
    await clickNode('shengshu');
    await expect(page.getByTestId('details-title').textContent()).resolves.toBe(
      api.nodes.find((node) => node.id === 'shengshu')!.caption,
    );
    const neighbors = new Set(
      api.edges
        .filter((edge) => edge.source === 'shengshu' || edge.target === 'shengshu')
        .flatMap((edge) => [edge.source, edge.target]),
    );
    const stranger = api.nodes.find((node) => !neighbors.has(node.id))!.id;
    const neighbor = [...neighbors].find((id) => id !== 'shengshu')!;
    await page.waitForFunction(
      ([selected, far, near]) => {
        const { cy } = (window as any).__explorer;
        return (
          cy.getElementById(selected).selected() &&
          cy.getElementById(far).hasClass('faded') &&
          !cy.getElementById(near).hasClass('faded')
        );
      },
      ['shengshu', stranger, neighbor],
    );
    expect(pageErrors).toEqual([]);
  });

  it('when a kind is filtered out, then its entities leave the drawing and come back', async () => {
    await openExplorer(page, `${baseUrl}/${query}`);
    await settle();
    const all = await drawnIds();
    const api = await apiGraph();
    const challenges = new Set(
      api.nodes.filter((node) => node.labels.includes('Challenge')).map((node) => node.id),
    );
    expect(challenges.size).toBeGreaterThan(0);
    const toggle = page.getByTestId('filter-kind-Challenge');
    await toggle.click();
    await expect
      .poll(async () => (await drawnIds()).nodes)
      .toEqual(all.nodes.filter((id) => !challenges.has(id)));
    await toggle.click();
    await expect.poll(async () => (await drawnIds()).nodes).toEqual(all.nodes);
    expect(pageErrors).toEqual([]);
  });

  it('when an entity is dragged, then it is pinned where it was put and another layout leaves it there', async () => {
    await openExplorer(page, `${baseUrl}/${query}`);
    await settle();
    const from = await pagePositionOf(page, 'vidu');
    const before = (await modelPositions())['vidu']!;
    const zoom = await page.evaluate(() => (window as any).__explorer.cy.zoom());
    await page.mouse.move(from.x, from.y);
    await page.waitForFunction(() =>
      (window as any).__explorer.cy.getElementById('vidu').nonempty(),
    );
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() =>
      (window as any).__explorer.cy.getElementById('vidu').hasClass('pinned'),
    );
    const dropped = (await modelPositions())['vidu']!;
    expect(dropped.x - before.x).toBeCloseTo(60 / zoom, 0);
    expect(dropped.y - before.y).toBeCloseTo(40 / zoom, 0);
    const other = (await modelPositions())['shengshu'];
    await page.getByTestId('layout-select').selectOption('circle');
    await expect
      .poll(async () => (await modelPositions())['shengshu'], { timeout: 30_000 })
      .not.toEqual(other);
    await settle();
    const after = (await modelPositions())['vidu']!;
    expect(Math.abs(after.x - dropped.x)).toBeLessThan(1);
    expect(Math.abs(after.y - dropped.y)).toBeLessThan(1);
    expect(pageErrors).toEqual([]);
  });

  it('when zoomed in and fitted again, then the zoom changes and every entity is back in view', async () => {
    await openExplorer(page, `${baseUrl}/${query}`);
    await settle();
    const zoom = () => page.evaluate(() => (window as any).__explorer.cy.zoom());
    const start = await zoom();
    await page.getByTestId('zoom-in').click();
    await expect.poll(zoom).toBeGreaterThan(start * 1.1);
    await page.getByTestId('zoom-fit').click();
    await settle();
    const outside = await page.evaluate(() => {
      const { cy, view } = (window as any).__explorer;
      const width = cy.width();
      const height = cy.height();
      return view
        .drawnIds()
        .nodes.map((id: string) => ({ id, at: view.renderedPositionOf(id) }))
        .filter(
          ({ at }: { at: { x: number; y: number } }) =>
            at.x < 0 || at.y < 0 || at.x > width || at.y > height,
        )
        .map(({ id }: { id: string }) => id);
    });
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
