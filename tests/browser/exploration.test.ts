import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { canvasIds, expandAlibabaCloud, pagePositionOf } from '../support/canvas.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let pageErrors: string[];
pagePerTest((opened) => {
  browser = opened.browser;
  page = opened.page;
  pageErrors = opened.errors;
});

/** Ids of the nodes drawn (not filtered out), sorted. */
async function visibleIds(target: Page = page): Promise<string[]> {
  return target.evaluate(() =>
    (window as any).__explorer.cy
      .nodes(':visible')
      .map((node: any) => node.id())
      .sort(),
  );
}

/** Ids of the visible nodes whose API labels include `kind`. */
async function apiIdsOfKind(kind: string): Promise<string[]> {
  const api = await (await fetch(`${baseUrl}/api/graph`)).json();
  return api.nodes
    .filter((node: { labels: string[] }) =>
      kind === 'Company'
        ? node.labels.includes('Company') && !node.labels.includes('Investor')
        : node.labels.includes(kind),
    )
    .map((node: { id: string }) => node.id)
    .sort();
}

/** Model positions of the visible nodes, by id. */
async function modelPositions(
  target: Page = page,
): Promise<Record<string, { x: number; y: number }>> {
  return target.evaluate(() => {
    const positions: Record<string, { x: number; y: number }> = {};
    (window as any).__explorer.cy.nodes(':visible').forEach((node: any) => {
      positions[node.id()] = { ...node.position() };
    });
    return positions;
  });
}

/** Waits until no layout, glide or viewport animation is moving anything on the canvas. */
function settle(target: Page = page): Promise<void> {
  return canvasAtRest(target);
}

/** Clicks a node (with modifier keys held) and waits until it is selected or unselected. */
async function click(id: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
  // The details panel opening pans the graph a little; wait for that to end first.
  await page.waitForFunction(() => !(window as any).__explorer.cy.animated());
  // Centred, so that no overlay (toolbar, panel) or neighbour's label is in the way.
  const was = await page.evaluate((nodeId) => {
    const cy = (window as any).__explorer.cy;
    cy.center(cy.getElementById(nodeId));
    return cy.getElementById(nodeId).selected();
  }, id);
  const at = await pagePositionOf(page, id);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y);
  for (const key of modifiers) await page.keyboard.up(key);
  // The page's own selection, which the address mirrors (Cytoscape's may run ahead of it).
  await page.waitForFunction(
    ([nodeId, before]) => {
      const selection = new URLSearchParams(window.location.search).get('x-selection') ?? '';
      return selection.split(',').includes(nodeId) === !before;
    },
    [id, was] as const,
  );
  // The details panel may open, narrow the canvas and pan the graph: wait for that to end.
  await canvasAtRest(page);
}

/** Opens the seeded three-entity slice and expands alibaba-cloud, settled after each. */
async function openSliceAndExpand(): Promise<void> {
  await openExplorer(page, `${baseUrl}/?limit=3&order=id`);
  await settle();
  await expandAlibabaCloud(page);
  await settle();
}

async function selectedIds(): Promise<string[]> {
  return page.evaluate(() =>
    (window as any).__explorer.cy
      .$(':selected')
      .map((element: any) => element.id())
      .sort(),
  );
}

describe('filtering the canvas', () => {
  it('when a kind is toggled off, then exactly its nodes hide, at once and without a request', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    const all = await visibleIds();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const challenges = await apiIdsOfKind('Challenge');
    const toggle = page.getByTestId('filter-kind-Challenge');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect.poll(visibleIds).toEqual(all.filter((id) => !challenges.includes(id)));
    // The nodes are still there, only hidden: showing them again needs nothing from the server.
    expect(await canvasIds(page)).toEqual(all);
    await expect(toggle.textContent()).resolves.toContain(`0/${challenges.length}`);
    await screenshot(page, 'exploration-kind-filter');
    await toggle.click();
    await expect.poll(visibleIds).toEqual(all);
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('when relationship types and camps are filtered, then their edges and nodes hide', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    const faces = () =>
      page.evaluate(
        () =>
          (window as any).__explorer.cy
            .edges(':visible')
            .filter((edge: any) => edge.data('type') === 'FACES').length,
      );
    expect(await faces()).toBeGreaterThan(0);
    await page.getByTestId('filter-type-FACES').click();
    await expect(page.getByTestId('filter-type-FACES').getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    await expect.poll(faces).toBe(0);

    await page.getByTestId('filter-camp-llm').click();
    await expect(page.getByTestId('filter-camp-llm').getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    const llmShown = () =>
      page.evaluate(
        () =>
          (window as any).__explorer.cy
            .nodes(':visible')
            .filter((n: any) => n.data('camp') === 'llm').length,
      );
    await expect.poll(llmShown).toBe(0);
    const worldModelShown = await page.evaluate(
      () =>
        (window as any).__explorer.cy
          .nodes(':visible')
          .filter((n: any) => n.data('camp') === 'world-model').length,
    );
    expect(worldModelShown).toBeGreaterThan(0);
    await expect(page.getByTestId('filter-camp-llm').getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    await page.getByTestId('show-all').click();
    await expect.poll(async () => (await visibleIds()).length).toBe((await canvasIds(page)).length);
  });

  it('when an amount range is set, then only funding rounds inside it stay, others untouched', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    const before = await visibleIds();
    await page.getByTestId('amount-min').fill('1000000000');
    await page.waitForFunction(
      () => (window as any).__explorer.cy.getElementById('ami-labs-raise').visible() === false,
    );
    const after = await visibleIds();
    expect(after).toContain('shengshu-series-b');
    expect(after).not.toContain('shengshu-earlier-round');
    expect(before.filter((id) => !after.includes(id)).sort()).toEqual(
      ['ami-labs-raise', 'shengshu-earlier-round'].sort(),
    );
    await expect(page.getByText('Amounts are in their own currencies').isVisible()).resolves.toBe(
      true,
    );
    await page.getByTestId('amount-min').fill('');
    await page.getByTestId('amount-max').fill('700000000');
    await page.waitForFunction(
      () => (window as any).__explorer.cy.getElementById('shengshu-series-b').visible() === false,
    );
    expect(await visibleIds()).toContain('ami-labs-raise');
    expect(await visibleIds()).toContain('shengshu-earlier-round');
  });

  it('when nodes are hidden by hand, then hide selected, hide others and show all do what they say', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    const all = await visibleIds();
    await click('zhu-jun');
    await page.getByTestId('hide-selected').click();
    await expect.poll(visibleIds).toEqual(all.filter((id) => id !== 'zhu-jun'));

    await click('shengshu');
    await click('alibaba-cloud', ['Shift']);
    await page.getByTestId('hide-others').click();
    await expect.poll(visibleIds).toEqual(['alibaba-cloud', 'shengshu']);
    await page.getByTestId('show-all').click();
    await expect.poll(visibleIds).toEqual(all);
    expect(pageErrors).toEqual([]);
  });
});

describe('importance at a glance', () => {
  it('when nodes are sized by betweenness, then sizes change and the biggest is the world-models hub', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    const widths = () =>
      page.evaluate(() => {
        const sizes: Record<string, number> = {};
        (window as any).__explorer.cy.nodes().forEach((node: any) => {
          sizes[node.id()] = node.width();
        });
        return sizes;
      });
    const before = await widths();
    await page.getByTestId('size-by').selectOption('betweenness');
    await expect.poll(async () => JSON.stringify(await widths())).not.toBe(JSON.stringify(before));
    const after = await widths();
    const biggest = Object.entries(after).sort((a, b) => b[1] - a[1])[0]![0];
    expect(biggest).toBe('world-models');
    // Leaves of the graph bridge nothing: they get the smallest size.
    expect(Math.min(...Object.values(after))).toBeLessThan(after['world-models']! / 2);
    await screenshot(page, 'exploration-size-betweenness');
  });

  it('when nodes are coloured by community, then communities get calm colours and a legend with sizes', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    await page.getByTestId('colour-by').selectOption('community');
    const legend = page.getByTestId('community-legend');
    await legend.waitFor();
    const tints = await page.evaluate(() =>
      (window as any).__explorer.cy.nodes().map((node: any) => node.data('tint')),
    );
    expect(tints.every((tint: unknown) => typeof tint === 'string')).toBe(true);
    expect(new Set(tints).size).toBeGreaterThan(1);
    const sizes = (await legend.locator('.legend__count').allTextContents()).map(Number);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe((await canvasIds(page)).length);
    await screenshot(page, 'exploration-communities');
    await page.getByTestId('colour-by').selectOption('kind');
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as any).__explorer.cy
            .nodes()
            .some((node: any) => node.data('tint') !== undefined),
        ),
      )
      .toBe(false);
  });
});

describe('layouts and pins', () => {
  it('when the hierarchy is chosen, then investors sit above rounds, rounds above companies', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    await page.getByTestId('layout-select').selectOption('hierarchy');
    await settle();
    const rows = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      const meanY = (kind: string) => {
        const nodes = cy.nodes(`.kind-${kind}`);
        return nodes.reduce((sum: number, node: any) => sum + node.position('y'), 0) / nodes.length;
      };
      return {
        investor: meanY('investor'),
        round: meanY('funding-round'),
        company: meanY('company'),
        product: meanY('product'),
        technology: meanY('technology'),
        challenge: meanY('challenge'),
      };
    });
    expect(rows.investor).toBeLessThan(rows.round);
    expect(rows.round).toBeLessThan(rows.company);
    expect(rows.company).toBeLessThan(rows.product);
    expect(rows.product).toBeLessThan(rows.technology);
    expect(rows.technology).toBeLessThan(rows.challenge);
    await screenshot(page, 'exploration-hierarchy');
    expect(pageErrors).toEqual([]);
  });

  it('when a node is dragged, then it is pinned and keeps its place when another layout arranges the rest', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    const from = await pagePositionOf(page, 'vidu');
    // Dropped where the circle has its middle, so no node of the ring lands on it.
    const middle = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + cy.pan().x, y: box.top + cy.pan().y };
    });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(middle.x, middle.y, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() =>
      (window as any).__explorer.cy.getElementById('vidu').hasClass('pinned'),
    );
    const dropped = (await modelPositions())['vidu']!;
    const others = await modelPositions();
    await page.getByTestId('layout-select').selectOption('circle');
    await settle();
    const after = await modelPositions();
    expect(Math.abs(after['vidu']!.x - dropped.x)).toBeLessThan(1);
    expect(Math.abs(after['vidu']!.y - dropped.y)).toBeLessThan(1);
    // The rest did move.
    expect(Math.abs(after['shengshu']!.x - others['shengshu']!.x)).toBeGreaterThan(5);

    await click('vidu');
    await page.getByTestId('unpin-button').click();
    await page.waitForFunction(
      () => !(window as any).__explorer.cy.getElementById('vidu').hasClass('pinned'),
    );
    await screenshot(page, 'exploration-pinned');
  });
});

describe('undo, redo and collapse', () => {
  it('when an expansion is undone, then the earlier node set comes back, and redo restores it', async () => {
    await openExplorer(page, `${baseUrl}/?limit=3&order=id`);
    await settle();
    const before = await canvasIds(page);
    expect(before).toEqual(['agi', 'alibaba', 'alibaba-cloud']);
    await expect(page.getByTestId('undo').isDisabled()).resolves.toBe(true);
    await expandAlibabaCloud(page);
    await settle();
    const expanded = await canvasIds(page);
    expect(expanded.length).toBeGreaterThan(3);

    await page.getByTestId('undo').click();
    await expect.poll(() => canvasIds(page)).toEqual(before);
    await expect(page.getByTestId('redo').isDisabled()).resolves.toBe(false);
    await page.getByTestId('redo').click();
    await expect.poll(() => canvasIds(page)).toEqual(expanded);

    // The keyboard does the same.
    await page.locator('body').press('Control+z');
    await expect.poll(() => canvasIds(page)).toEqual(before);
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => canvasIds(page)).toEqual(expanded);
    expect(pageErrors).toEqual([]);
  });

  it('when an expanded node is collapsed, then what its expansion brought in goes', async () => {
    await openSliceAndExpand();
    const collapse = page.getByTestId('collapse-button');
    await expect(collapse.isDisabled()).resolves.toBe(false);
    await collapse.click();
    await expect.poll(() => canvasIds(page)).toEqual(['agi', 'alibaba', 'alibaba-cloud']);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await canvasIds(page)).includes('shengshu-series-b')).toBe(true);
  });
});

describe('keyboard and selection', () => {
  it('when ? is pressed, then a labelled help overlay lists the shortcuts, keeps focus and closes with Esc', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    await page.locator('body').press('?');
    const overlay = page.getByTestId('help-overlay');
    await overlay.waitFor();
    await expect(overlay.textContent()).resolves.toContain('Hide everything but the selection');
    const labeled = await overlay.evaluate((dialog) => {
      const id = dialog.getAttribute('aria-labelledby');
      return id ? document.getElementById(id)?.textContent : null;
    });
    expect(labeled).toBe('Keyboard shortcuts');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    const focusInside = await overlay.evaluate((dialog) => dialog.contains(document.activeElement));
    expect(focusInside).toBe(true);
    await screenshot(page, 'exploration-help');
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });

    await page.getByTestId('help-button').click();
    await overlay.waitFor();
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
  });

  it('when shortcuts are pressed, then they hide, show, fit, cycle the layout and clear the selection', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    const all = await visibleIds();
    await click('cosmos');
    await page.locator('body').press('h');
    await expect.poll(visibleIds).toEqual(all.filter((id) => id !== 'cosmos'));
    await page.locator('body').press('a');
    await expect.poll(visibleIds).toEqual(all);
    await page.locator('body').press('l');
    await expect(page.getByTestId('layout-select').inputValue()).resolves.toBe('fcose');
    await settle();
    await click('nvidia');
    await page.locator('body').press('Escape');
    await expect.poll(selectedIds).toEqual([]);
  });

  it('when nodes are shift-clicked or boxed, then the panel sums the selection up by kind', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    await click('shengshu');
    await click('vidu', ['Shift']);
    await click('zhu-jun', ['Shift']);
    await expect.poll(selectedIds).toEqual(['shengshu', 'vidu', 'zhu-jun']);
    const summary = page.getByTestId('selection-summary');
    await expect(summary.getByTestId('selection-count').textContent()).resolves.toContain(
      '3 entities selected',
    );
    await expect(summary.getByTestId('selection-kind-Person').textContent()).resolves.toContain(
      '1',
    );
    await page.locator('body').press('Escape');
    await expect.poll(selectedIds).toEqual([]);

    // A Shift-drag box around three nodes selects them (and whatever else lies wholly inside).
    const ids = ['shengshu', 'vidu', 'zhu-jun'];
    const box = await page.evaluate((boxed) => {
      const cy = (window as any).__explorer.cy;
      cy.fit(cy.collection(boxed.map((id: string) => cy.getElementById(id))), 120);
      const rect = cy.container().getBoundingClientRect();
      const bb = cy
        .collection(boxed.map((id: string) => cy.getElementById(id)))
        .renderedBoundingBox({ includeLabels: false });
      return {
        x1: rect.left + bb.x1 - 8,
        y1: rect.top + bb.y1 - 8,
        x2: rect.left + bb.x2 + 8,
        y2: rect.top + bb.y2 + 8,
      };
    }, ids);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect
      .poll(async () => {
        const selected = await selectedIds();
        return ids.every((id) => selected.includes(id));
      })
      .toBe(true);
    const boxed = await selectedIds();
    await summary.waitFor();
    await screenshot(page, 'exploration-multi-select');
    await summary.getByTestId('selection-hide').click();
    await expect
      .poll(async () => (await visibleIds()).filter((id) => boxed.includes(id)))
      .toEqual([]);
  });
});

describe('sharing and looks', () => {
  it('when the address is opened in a fresh page, then the same nodes show at the same positions', async () => {
    await openSliceAndExpand();
    await click('agi');
    await page.getByTestId('hide-selected').click();
    const from = await pagePositionOf(page, 'alibaba');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 50, from.y + 30, { steps: 6 });
    await page.mouse.up();
    await page.getByTestId('size-by').selectOption('pagerank');
    await page.waitForFunction(
      () =>
        window.location.search.includes('x-pinned=alibaba') &&
        window.location.search.includes('x-sizeBy=pagerank'),
    );
    const url = page.url();
    expect(url).toContain('x-expanded=alibaba-cloud');
    expect(url).toContain('x-hidden=agi');
    const ids = await visibleIds();
    const positions = await modelPositions();

    const fresh = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await openExplorer(fresh, url);
      await fresh.waitForFunction(
        (count) => (window as any).__explorer.cy.nodes(':visible').length === count,
        ids.length,
      );
      await settle(fresh);
      expect(await visibleIds(fresh)).toEqual(ids);
      const reopened = await modelPositions(fresh);
      for (const id of ids) {
        expect(Math.abs(reopened[id]!.x - positions[id]!.x)).toBeLessThanOrEqual(1);
        expect(Math.abs(reopened[id]!.y - positions[id]!.y)).toBeLessThanOrEqual(1);
      }
      await expect(fresh.getByTestId('size-by').inputValue()).resolves.toBe('pagerank');
      await screenshot(fresh, 'exploration-shared-link');
    } finally {
      await fresh.close();
    }
  });

  it('when the dark theme is switched on, then the page and the graph follow, and the address keeps it', async () => {
    await openExplorer(page, baseUrl);
    await settle();
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await expect(page.getByTestId('theme-toggle').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    const label = await page.evaluate(() =>
      (window as any).__explorer.cy.getElementById('shengshu').style('color'),
    );
    expect(label).not.toBe('rgb(42,49,60)');
    await page.waitForFunction(() => window.location.search.includes('x-theme=dark'));
    await screenshot(page, 'exploration-dark');
    expect(pageErrors).toEqual([]);
  });
});
