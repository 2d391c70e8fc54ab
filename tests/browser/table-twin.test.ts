import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { clickOnCanvas } from '../support/canvas.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => {
  page = opened.page;
});

const ENTITY_ROWS = '[data-testid="entity-table"] tbody tr[data-row-id]';
const RELATIONSHIP_ROWS = '[data-testid="relationship-table"] tbody tr[data-row-id]';

/** The ids of a table's rows, top to bottom. */
function rowIds(rows: string): Promise<string[]> {
  return page.$$eval(rows, (found) => found.map((row) => (row as HTMLElement).dataset.rowId!));
}

/** What the GraphView draws, sorted, to compare with the rows. */
async function drawn(): Promise<{ nodes: string[]; edges: string[] }> {
  const ids = await page.evaluate(() => (window as any).__explorer.view.drawnIds());
  return { nodes: [...ids.nodes].sort(), edges: [...ids.edges].sort() };
}

/** What the canvas has selected (Cytoscape's own selection, which the GraphView sets). */
function canvasSelection(): Promise<string[]> {
  return page.evaluate(() =>
    (window as any).__explorer.cy.$(':selected').map((element: any) => element.id()),
  );
}

/** The rows marked as selected, in either table. */
function markedRows(): Promise<string[]> {
  return page.$$eval('[data-testid="graph-table"] tr[aria-current="true"]', (found) =>
    found.map((row) => (row as HTMLElement).dataset.rowId!),
  );
}

async function showTables(): Promise<void> {
  await page.getByTestId('table-toggle').click();
  await page.getByTestId('graph-table').waitFor();
}

/** Whether the row is inside the visible part of the tables' scroll area. */
function rowInView(id: string): Promise<boolean> {
  return page.evaluate((rowId) => {
    const row = document.querySelector(`tr[data-row-id="${CSS.escape(rowId)}"]`);
    const body = document.querySelector('.graph-table__body');
    if (!row || !body) return false;
    const r = row.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return r.top >= b.top && r.bottom <= b.bottom;
  }, id);
}

describe('the table twin of the graph', () => {
  it('when the tables are shown, then they hold exactly what the graph draws, and a hidden kind leaves both', async () => {
    const api = (await (await fetch(`${baseUrl}/api/graph`)).json()) as {
      nodes: { id: string }[];
    };
    expect(api.nodes).toHaveLength(45);
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    // Marks the drawing, to know it is the very same one when the graph comes back.
    await page.evaluate(() => ((window as any).__explorer.cy.scratch('_twin', 'kept'), undefined));
    const toggle = page.getByTestId('table-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await showTables();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    const before = await drawn();
    expect(before.nodes).toHaveLength(45);
    expect((await rowIds(ENTITY_ROWS)).sort()).toEqual(api.nodes.map((node) => node.id).sort());
    expect((await rowIds(ENTITY_ROWS)).sort()).toEqual(before.nodes);
    expect((await rowIds(RELATIONSHIP_ROWS)).sort()).toEqual(before.edges);
    expect(await page.getByTestId('entity-table-count').textContent()).toBe('45 entities');
    expect(await page.getByTestId('relationship-table-count').textContent()).toBe(
      `${before.edges.length} relationships`,
    );
    // Real table semantics: a caption, column headers, sortable ones saying which way.
    expect(await page.locator('[data-testid="entity-table"] caption').textContent()).toMatch(
      /^Entities 45 entities, sorted by name, ascending$/,
    );
    expect(await page.locator('[data-testid="entity-table"] th[scope="col"]').count()).toBe(4);
    expect(
      await page.locator('[data-testid="entity-table"] th[aria-sort="ascending"]').textContent(),
    ).toBe('Name');
    // A relationship's evidence is the sentence it cites, as the details panel shows it.
    const ledRow = page.locator('tr[data-row-id="alibaba-cloud-LED-shengshu-series-b"]');
    expect(await ledRow.getByTestId('table-quote').textContent()).toMatch(
      /^Alibaba Cloud has led a 2 billion yuan/,
    );
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/x-display=table/);
    await screenshot(page, 'table-twin-light');

    // A kind filtered out in the legend leaves the canvas and the tables together.
    await page.getByTestId('filter-kind-Technology').click();
    await expect.poll(async () => (await drawn()).nodes.length).toBeLessThan(45);
    const after = await drawn();
    await expect.poll(async () => (await rowIds(ENTITY_ROWS)).sort()).toEqual(after.nodes);
    expect((await rowIds(RELATIONSHIP_ROWS)).sort()).toEqual(after.edges);
    expect(await rowIds(ENTITY_ROWS)).not.toContain('world-models');
    expect(await page.locator(`${ENTITY_ROWS} .badge--kind`).allTextContents()).not.toContain(
      'Technology',
    );

    // Sorting by connections, most first, puts the best connected drawn entity on top.
    await page.getByTestId('sort-connections').click();
    await page.getByTestId('sort-connections').click();
    expect(
      await page.locator('[data-testid="entity-table"] th[aria-sort="descending"]').textContent(),
    ).toBe('Connections');
    const counts = (
      await page.locator(`${ENTITY_ROWS} td.data-table__numeric`).allTextContents()
    ).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1)!);

    // Back to the graph: the same drawing, never rebuilt.
    await page.getByTestId('table-toggle').click();
    await expect.poll(() => page.getByTestId('graph-table').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__explorer.cy.scratch('_twin'))).toBe('kept');
  });

  it('when a row is pressed, then the canvas selects it and its details open; when the canvas selects, then its row is marked and in view', async () => {
    await openExplorer(page, baseUrl);
    await canvasAtRest(page);
    await showTables();

    await page.locator('tr[data-row-id="shengshu"] [data-row-button]').click();
    await page.getByTestId('details-panel').waitFor();
    expect(await page.getByTestId('details-title').textContent()).toContain('ShengShu');
    expect(await canvasSelection()).toEqual(['shengshu']);
    expect(await markedRows()).toEqual(['shengshu']);

    const led = 'alibaba-cloud-LED-shengshu-series-b';
    await page.locator(`tr[data-row-id="${led}"] td`).first().click();
    await expect.poll(canvasSelection).toEqual([led]);
    expect(await page.getByTestId('details-title').textContent()).toMatch(/LED/);
    expect(await markedRows()).toEqual([led]);
    await screenshot(page, 'table-twin-selected');

    // On the canvas: a click on a relationship far down the tables marks its row and shows it.
    await page.getByTestId('table-toggle').click();
    const far = 'zhu-jun-FOUNDED-shengshu';
    await canvasAtRest(page);
    await clickOnCanvas(page, far);
    await expect.poll(canvasSelection).toEqual([far]);
    await showTables();
    expect(await markedRows()).toEqual([far]);
    await expect.poll(() => rowInView(far)).toBe(true);
    expect(await rowInView('alibaba')).toBe(false);

    // Selected elsewhere while the tables show (a search): marked and scrolled to.
    await page.evaluate(() => document.querySelector('.graph-table__body')!.scrollTo(0, 0));
    expect(await rowInView('zhu-jun')).toBe(false);
    await page.getByTestId('search-input').fill('Zhu Jun');
    await page.getByTestId('search-result').first().click();
    await expect.poll(markedRows).toEqual(['zhu-jun']);
    await expect.poll(() => rowInView('zhu-jun')).toBe(true);
    expect(await canvasSelection()).toEqual(['zhu-jun']);
  });

  it('when only the keyboard is used, then Tab reaches the rows in one stop, arrows walk them and Enter or Space selects', async () => {
    // The address remembers the tables.
    await openExplorer(page, `${baseUrl}/?x-display=table`);
    await page.getByTestId('graph-table').waitFor();
    expect(await page.getByTestId('table-toggle').getAttribute('aria-pressed')).toBe('true');

    let presses = 0;
    while (
      !(await page
        .evaluate(() => document.activeElement?.closest('[data-testid="entity-table"] tbody'))
        .then(Boolean))
    ) {
      await page.keyboard.press('Tab');
      presses += 1;
      if (presses > 200) throw new Error('Tab never reached the entity rows');
    }
    const order = await rowIds(ENTITY_ROWS);
    const focusedRow = () =>
      page.evaluate(() => document.activeElement?.closest('tr')?.dataset.rowId ?? null);
    expect(await focusedRow()).toBe(order[0]);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe(order[2]);
    await page.keyboard.press('Enter');
    await expect.poll(canvasSelection).toEqual([order[2]]);
    await page.getByTestId('details-panel').waitFor();
    expect(await markedRows()).toEqual([order[2]]);

    await page.keyboard.press('End');
    expect(await focusedRow()).toBe(order.at(-1));
    await page.keyboard.press('Space');
    await expect.poll(canvasSelection).toEqual([order.at(-1)]);

    // One Tab leaves the 45 rows for the next table's headers.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''),
    ).toBe('sort-from');
    // T shows the graph again, and brings the tables back.
    await page.keyboard.press('t');
    await expect.poll(() => page.getByTestId('graph-table').count()).toBe(0);
    await page.keyboard.press('t');
    await page.getByTestId('graph-table').waitFor();
  });

  it('when the filters leave nothing, then the tables say so and Show all brings the rows back', async () => {
    const kinds = ['Company', 'Investor', 'Person', 'Product', 'Technology', 'FundingRound'];
    await openExplorer(
      page,
      `${baseUrl}/?x-display=table&x-hiddenKinds=${[...kinds, 'Challenge', 'Other'].join(',')}`,
    );
    await page.getByTestId('nothing-drawn').waitFor();
    expect(await page.getByTestId('nothing-drawn').textContent()).toMatch(/^Nothing drawn:/);
    expect(await page.locator(ENTITY_ROWS).count()).toBe(0);
    await screenshot(page, 'table-twin-empty');
    await page.getByTestId('nothing-drawn').getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.locator(ENTITY_ROWS).count()).toBe(45);
  });

  it('when the dark theme is on, then the tables take its colours', async () => {
    await openExplorer(page, `${baseUrl}/?x-display=table&x-theme=dark`);
    await page.getByTestId('graph-table').waitFor();
    await page.locator('tr[data-row-id="vidu"] [data-row-button]').click();
    await page.getByTestId('details-panel').waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.graph-table')!).backgroundColor,
    );
    expect(background).toBe('rgb(24, 29, 36)');
    await screenshot(page, 'table-twin-dark');
  });
});
