import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canvasAtRest, launchChromium, openExplorer, screenshot } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** The page's address without the exploration's own `x-…` keys (filters, positions…). */
function viewAddress(on: Page = page): string {
  const url = new URL(on.url());
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('x-')) url.searchParams.delete(key);
  }
  return url.toString();
}

/** A page that records script errors; the browser's own lines about 4xx answers are expected. */
async function newPage(): Promise<Page> {
  const opened = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  opened.on('pageerror', (error) => pageErrors.push(error.message));
  opened.on('console', (message) => {
    // A failed request is an error too (an API 500 shows here), except the 4xx answers these
    // tests ask for on purpose, which the response listener below lets through by status.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(message.text());
    }
  });
  opened.on('response', (response) => {
    if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  return opened;
}

beforeEach(async () => {
  pageErrors = [];
  page = await newPage();
  return () => page.close();
});

/** Where the drawing has each node, read through the page's GraphView, in model coordinates. */
function drawnPositions(on: Page): Promise<Record<string, { x: number; y: number }>> {
  return on.evaluate(() => (window as any).__explorer.view.positions());
}

async function api(path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

async function canvasIds(on: Page = page): Promise<string[]> {
  return on.evaluate(() =>
    (window as any).__explorer.cy
      .nodes()
      .map((node: any) => node.id())
      .sort(),
  );
}

async function canvasEdgeIds(on: Page = page): Promise<string[]> {
  return on.evaluate(() =>
    (window as any).__explorer.cy
      .edges()
      .map((edge: any) => edge.id())
      .sort(),
  );
}

/**
 * Waits until the banner names `title` as what is on screen, the canvas has drawn it, and the
 * records (whose code loads on demand) are there.
 */
async function waitForResult(title: string, on: Page = page): Promise<void> {
  await on
    .locator('[data-testid="result-banner"][data-state="ready"]', { hasText: title })
    .waitFor({ timeout: 30_000 });
  await on.locator('[data-testid="graph-canvas"][data-state="ready"]').waitFor({ timeout: 60_000 });
  await on.locator('[data-testid="results-table"], [data-testid="results-empty"]').waitFor();
}

async function openViewsTab(): Promise<void> {
  await page.getByTestId('views-tab').click();
  await page.getByTestId('view-item').first().waitFor();
}

function viewItem(id: string, on: Page = page) {
  return on.locator(`[data-testid="view-item"][data-view-id="${id}"]`);
}

/** Replaces the editor's text; insertText types no keys, so no completion pops up. */
async function setEditorText(text: string): Promise<void> {
  const content = page.locator('[data-testid="cypher-editor"] .cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

async function editorText(): Promise<string> {
  return page.locator('[data-testid="cypher-editor"] .cm-content').innerText();
}

async function openWorkbench(): Promise<void> {
  await page.getByTestId('open-workbench').click();
  await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor({ timeout: 30_000 });
}

async function columnTexts(index: number): Promise<string[]> {
  return page
    .getByTestId('results-row')
    .evaluateAll(
      (rows, column) => rows.map((row) => row.children[column]?.textContent?.trim() ?? ''),
      index,
    );
}

describe('saved views', () => {
  it('when a view is clicked in the Views panel, then its graph replaces the ecosystem until Back', async () => {
    await openExplorer(page, baseUrl);
    const whole = (await api('/api/graph')).body;
    await openViewsTab();
    await viewItem('world-model-funders').click();
    await waitForResult('Who funds world models');

    const expected = (await api('/api/views/world-model-funders/run', { params: {} })).body;
    const ids = await canvasIds();
    expect(ids).toEqual(expected.nodes.map((node: any) => node.id).sort());
    expect(ids).toEqual(
      expect.arrayContaining(['alibaba-cloud', 'shengshu', 'shengshu-series-b', 'tal-education']),
    );
    expect(ids).not.toContain('chatgpt');
    expect(await canvasEdgeIds()).toContain('alibaba-cloud-LED-shengshu-series-b');
    expect(viewAddress()).toBe(`${baseUrl}/?view=world-model-funders`);
    await expect(page.getByTestId('results-row').count()).resolves.toBe(expected.rows.length);
    await canvasAtRest(page);
    await screenshot(page, 'views-world-model-funders');

    // A node in the table is a chip that opens it on the canvas.
    await page
      .getByTestId('results-table')
      .locator('.node-chip', { hasText: 'TAL Education' })
      .first()
      .click();
    await expect(page.getByTestId('details-title').textContent()).resolves.toContain(
      'TAL Education',
    );

    await page.getByTestId('back-to-ecosystem').click();
    await page.getByTestId('result-banner').waitFor({ state: 'detached' });
    // The canvas is rebuilt for the whole graph: wait for the new instance, not the old one.
    await page.waitForFunction(
      (count) => (window as any).__explorer?.cy?.nodes().length === count,
      whole.nodes.length,
    );
    await page.locator('[data-testid="graph-canvas"][data-state="ready"]').waitFor();
    expect(await canvasIds()).toHaveLength(whole.nodes.length);
    expect(viewAddress()).toBe(`${baseUrl}/`);
    await expect(page.getByTestId('results-table').count()).resolves.toBe(0);

    // The browser's Back button brings the view back, as its address says.
    await page.goBack();
    await waitForResult('Who funds world models');
    expect(await canvasIds()).toEqual(ids);
    expect(pageErrors).toEqual([]);
  });

  it('when a view takes parameters, then a form built from them runs it, and a bad value is named by its field', async () => {
    await openExplorer(page, baseUrl);
    await openViewsTab();
    await viewItem('shortest-path').click();
    // Defaults are filled in, entities shown by name.
    await expect.poll(() => page.getByTestId('view-param-from').inputValue()).toBe('Zhu Jun');

    await page.getByTestId('view-param-from').fill('lechleider');
    await page.locator('[data-testid="entity-option"][data-entity-id="tim-lechleider"]').click();
    await page.getByTestId('view-param-to').fill('World mod');
    const option = page.locator('[data-testid="entity-option"][data-entity-id="world-models"]');
    await expect(option.textContent()).resolves.toContain('Technology');
    await option.click();
    await expect(page.getByTestId('view-param-from').inputValue()).resolves.toBe('Tim Lechleider');
    await page.getByTestId('view-run').click();
    await waitForResult('Shortest path between two entities');

    await expect(page.getByTestId('result-banner').textContent()).resolves.toContain(
      'from = Tim Lechleider, to = world models',
    );
    expect(await canvasIds()).toEqual(['tim-lechleider', 'world-models']);
    const edges = await canvasEdgeIds();
    expect(edges).toEqual(
      expect.arrayContaining([
        'tim-lechleider-FOLLOWS-world-models',
        'tim-lechleider-SKEPTICAL_OF-world-models',
      ]),
    );
    expect(await columnTexts(0)).toEqual([
      'Tim Lechleider→world models',
      'Tim Lechleider→world models',
    ]);
    expect(new URL(viewAddress()).search).toBe(
      '?view=shortest-path&from=tim-lechleider&to=world-models',
    );
    await canvasAtRest(page);
    await screenshot(page, 'views-shortest-path');

    await viewItem('neighbourhood').click();
    await page.getByTestId('view-param-depth').fill('7');
    await page.getByTestId('view-run').click();
    const error = page.getByTestId('view-error');
    await expect(error.textContent()).resolves.toBe('Parameter "depth" must be at most 3.');
    await expect(page.getByTestId('view-param-depth').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    // The failed run left the path on the canvas.
    expect(await canvasIds()).toEqual(['tim-lechleider', 'world-models']);
    await screenshot(page, 'views-parameter-error');
    expect(pageErrors).toEqual([]);
  });

  it('when a view answers figures only, then the table takes the room and sorts by any column', async () => {
    await openExplorer(page, baseUrl);
    await openViewsTab();
    await viewItem('funding-totals-by-investor').click();
    await waitForResult('Funding totals per investor');

    const expected = (await api('/api/views/funding-totals-by-investor/run', { params: {} })).body;
    expect(expected.nodes).toEqual([]);
    await page.getByTestId('result-table-only').waitFor();
    const headers = await page.getByTestId('results-header').allTextContents();
    expect(headers).toEqual(expected.columns);
    const original = await columnTexts(0);
    expect(original).toEqual(expected.rows.map((row: any[]) => row[0]));

    const investor = page.getByTestId('results-header').nth(0);
    await investor.click();
    await expect(investor.getAttribute('aria-sort')).resolves.toBe('ascending');
    const ascending = [...original].sort((a, b) => a.localeCompare(b));
    expect(await columnTexts(0)).toEqual(ascending);
    await investor.click();
    await expect(investor.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await columnTexts(0)).toEqual([...ascending].reverse());
    expect(await columnTexts(0)).not.toEqual(original);
    // Lists are joined readably.
    expect(await columnTexts(5)).toContain('2 billion yuan ($290 million)');
    await screenshot(page, 'views-table');

    // Numbers sort as numbers: 500,000,000 comes before 2,600,000,000.
    await viewItem('funding-totals-by-currency').click();
    await waitForResult('Funding totals per currency');
    const total = page.getByTestId('results-header').filter({ hasText: /^total$/ });
    await total.click();
    const totals = (await columnTexts(2)).map((text) => Number(text.replaceAll(',', '')));
    expect(totals.length).toBeGreaterThan(1);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(pageErrors).toEqual([]);
  });
});

describe('the Cypher workbench', () => {
  it('when a query runs with Ctrl+Enter, then its graph is drawn; writes and syntax errors are explained in place', async () => {
    await openExplorer(page, baseUrl);
    await openWorkbench();
    const founders = 'MATCH p=(:Person)-[:FOUNDED]->()\nRETURN p';
    await setEditorText(founders);
    await page.keyboard.press('Control+Enter');
    await waitForResult('MATCH p=(:Person)-[:FOUNDED]->() RETURN p');

    const expected = (await api('/api/query', { cypher: founders, params: {} })).body;
    expect(await canvasIds()).toEqual(expected.nodes.map((node: any) => node.id).sort());
    expect(await canvasIds()).toEqual(expect.arrayContaining(['zhu-jun', 'shengshu']));
    expect(await canvasEdgeIds()).toContain('zhu-jun-FOUNDED-shengshu');
    // Ctrl+Enter ran the query rather than adding a line.
    expect(await editorText()).toBe(founders);
    await expect(page.getByTestId('results-row').count()).resolves.toBe(expected.rows.length);
    await canvasAtRest(page);
    await screenshot(page, 'views-workbench-query');

    await setEditorText("CREATE (n:Entity {id: 'intruder', name: 'Intruder'}) RETURN n");
    await page.getByTestId('query-run').click();
    await expect.poll(() => page.getByTestId('query-error').textContent()).toMatch(/read-only/i);
    expect((await api('/api/nodes/intruder')).status).toBe(404);

    await setEditorText('MATCH (n:Person\nRETURN n');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getByTestId('query-error').textContent())
      .toMatch(/^Line 2, column 1: SyntaxError/);
    // The spot is marked in the editor itself.
    await expect(
      page.locator('[data-testid="cypher-editor"] .cm-lintRange-error').textContent(),
    ).resolves.toBe('RETURN');
    await screenshot(page, 'views-syntax-error');

    await page.getByTestId('query-params').fill('{id: "shengshu"}');
    await page.getByTestId('query-run').click();
    await expect(page.getByTestId('query-params-error').textContent()).resolves.toContain(
      'Parameters must be a JSON object',
    );

    // Every run is in the history, most recent first; picking one puts it back.
    await page.getByTestId('history-toggle').click();
    const history = page.getByTestId('history-item');
    await expect(history.count()).resolves.toBe(3);
    await expect(history.first().textContent()).resolves.toContain('MATCH (n:Person');
    await history.filter({ hasText: 'FOUNDED' }).click();
    expect(await editorText()).toBe(founders);
    expect(pageErrors).toEqual([]);
  });

  it('when a query is saved as a view, then it is listed, opens by its address in a fresh page, and can be deleted', async () => {
    await openExplorer(page, baseUrl);
    await openWorkbench();
    await setEditorText('MATCH (p:Person {id: $person})-[r]->(o)\nRETURN p, r, o');
    await page.getByTestId('query-params').fill('{"person": "zhu-jun"}');
    await page.keyboard.press('Control+Enter');
    await waitForResult('MATCH (p:Person {id: $person})');

    await page.getByTestId('save-view').click();
    const title = 'Ties of one person (browser test)';
    await page.getByTestId('save-view-title').fill(title);
    // The $person parameter is declared from the text: an entity, defaulting to the value used.
    const declaration = page.getByTestId('declaration-person');
    await expect(declaration.locator('select').inputValue()).resolves.toBe('entity');
    await expect(declaration.locator('input').first().inputValue()).resolves.toBe('zhu-jun');
    await screenshot(page, 'views-save-dialog');
    await canvasAtRest(page);
    const saved = await drawnPositions(page);
    await page.getByTestId('save-view-submit').click();

    const item = page.getByTestId('view-item').filter({ hasText: title });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('yours');
    const id = (await item.getAttribute('data-view-id'))!;
    expect(id).toMatch(/^ties-of-one-person-browser-test/);

    // Reopened by its address alone, the view draws the same picture it was saved with.
    const same = await newPage();
    try {
      await same.goto(`${baseUrl}/?view=${id}`);
      await waitForResult(title, same);
      await canvasAtRest(same);
      const reopened = await drawnPositions(same);
      expect(Object.keys(reopened).sort()).toEqual(Object.keys(saved).sort());
      for (const [nodeId, at] of Object.entries(saved)) {
        expect(Math.abs(reopened[nodeId]!.x - at.x)).toBeLessThanOrEqual(1);
        expect(Math.abs(reopened[nodeId]!.y - at.y)).toBeLessThanOrEqual(1);
      }
    } finally {
      await same.close();
    }

    const fresh = await newPage();
    try {
      await fresh.goto(`${baseUrl}/?view=${id}&person=yann-lecun`);
      await waitForResult(title, fresh);
      expect(await canvasIds(fresh)).toEqual(expect.arrayContaining(['yann-lecun', 'ami-labs']));
      expect(await canvasIds(fresh)).not.toContain('zhu-jun');
      await expect
        .poll(() => fresh.getByTestId('view-param-person').inputValue())
        .toBe('Yann LeCun');
      await canvasAtRest(fresh);
      await screenshot(fresh, 'views-saved-view-link');

      await fresh.getByTestId('delete-view').click();
      await fresh.getByTestId('delete-view-confirm').click();
      await viewItem(id, fresh).waitFor({ state: 'detached' });
      expect((await api(`/api/views/${id}`)).status).toBe(404);
    } finally {
      await fresh.close();
    }
    expect(pageErrors).toEqual([]);
  });
});

describe('view addresses', () => {
  it('when a fresh page opens a view link, then exactly that view is drawn instead of the ecosystem', async () => {
    await page.goto(`${baseUrl}/?view=neighbourhood&entity=vidu&depth=1`);
    await waitForResult('Everything near an entity');
    const neighbours = (await api('/api/nodes/vidu/neighbors?depth=1')).body;
    expect(await canvasIds()).toEqual(neighbours.nodes.map((node: any) => node.id).sort());
    expect(await canvasIds()).toEqual(['shengshu', 'video-generation', 'vidu']);
    await expect(page.getByTestId('result-banner').textContent()).resolves.toContain(
      'entity = Vidu, depth = 1',
    );
    // The Views panel shows the view open, its form holding the link's values.
    await expect(page.getByTestId('view-param-depth').inputValue()).resolves.toBe('1');
    await expect.poll(() => page.getByTestId('view-param-entity').inputValue()).toBe('Vidu');
    expect(viewAddress()).toBe(`${baseUrl}/?view=neighbourhood&entity=vidu&depth=1`);
    await canvasAtRest(page);
    await screenshot(page, 'views-neighbourhood-link');
    expect(pageErrors).toEqual([]);
  });

  it('when a link carries a bad value, then the form shows with the message by that field', async () => {
    await page.goto(`${baseUrl}/?view=shortest-path&from=nobody&to=world-models`);
    const error = page.getByTestId('view-error');
    await expect(error.textContent()).resolves.toBe(
      'Parameter "from": no entity has the id "nobody".',
    );
    await expect(page.getByTestId('view-param-from').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await page.locator('[data-testid="graph-canvas"][data-state="ready"]').waitFor();
    await expect(page.getByTestId('result-banner').getAttribute('data-state')).resolves.toBe(
      'error',
    );
    expect(pageErrors).toEqual([]);
  });
});
