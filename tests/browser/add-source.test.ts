import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openExplorer, screenshot, watchPageErrors } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const sourceId = 'browser-test-qiming-note';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  // The suite shares one database: whatever happened, the source added here goes again.
  await fetch(`${baseUrl}/api/sources/${sourceId}`, { method: 'DELETE' });
  await browser.close();
});

const text = [
  'Qiming Venture Partners backs ShengShu, a note for the browser test says.',
  'The note calls the round a sign of confidence in world models.',
].join(' ');

describe('Add a source, in the page', () => {
  it('when an editor pastes a text, links and creates entities from a sentence and reviews the plan, then the source is in the graph with its evidence', async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchPageErrors(page);
    await openExplorer(page, baseUrl);
    await page.getByTestId('sources-tab').click();
    await page.getByTestId('add-source').click();
    const dialog = page.getByTestId('add-source-dialog');
    await dialog.waitFor();

    // 1. The document.
    await dialog.getByTestId('source-title').fill('Browser test note on the Qiming stake');
    await dialog.getByTestId('source-id').fill(sourceId);
    await dialog.getByTestId('source-publisher').fill('Test Desk');
    await dialog.getByTestId('source-published').fill('2026-04-02');
    await dialog.getByTestId('source-text').fill(text);
    await dialog.getByTestId('add-source-next').click();

    // 2. Facts, from the first sentence (selected): the graph's ShengShu is suggested.
    await expect.poll(() => dialog.getByTestId('draft-sentence').count()).toBe(2);
    await dialog.getByTestId('mention').filter({ hasText: 'ShengShu' }).first().click();
    await dialog.getByRole('button', { name: 'Qiming Venture Partners', exact: true }).click();
    await expect(dialog.getByTestId('new-entity-name').inputValue()).resolves.toBe(
      'Qiming Venture Partners',
    );
    await dialog.getByLabel('Kind').selectOption('Investor');
    await dialog.getByTestId('add-entity').click();
    await dialog.getByTestId('rel-from').selectOption('Qiming Venture Partners');
    await dialog.getByTestId('rel-type').fill('backs');
    await dialog.getByTestId('rel-to').selectOption('shengshu');
    await dialog.getByTestId('add-relationship').click();
    await expect.poll(() => dialog.getByTestId('draft-facts').locator('li').count()).toBe(3);
    await screenshot(page, 'add-source-facts');

    // 3. The dry-run plan.
    await dialog.getByTestId('add-source-review').click();
    await dialog.getByTestId('plan-review').waitFor();
    await expect(dialog.getByTestId('plan-created').textContent()).resolves.toBe(
      'Qiming Venture Partners',
    );
    await expect(dialog.getByTestId('plan-matched').textContent()).resolves.toBe(
      'ShengShu → shengshu',
    );
    await expect(dialog.getByTestId('plan-corroborated').textContent()).resolves.toBe('shengshu');
    await screenshot(page, 'add-source-review');
    // Nothing is written before the commit.
    expect((await fetch(`${baseUrl}/api/sources`).then((r) => r.json())).sources).toHaveLength(1);

    await dialog.getByTestId('add-source-commit').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('sources-notice').textContent()).resolves.toMatch(
      /^Added “Browser test note on the Qiming stake”: 1 new entity, 1 new relationship, 1 fact corroborated, 0 conflicts\.$/,
    );
    await expect.poll(() => page.getByTestId('source-list').locator('li').count()).toBe(2);
    // What changed since the newest source's date: what it brought, not what it corroborated.
    await page.getByTestId('changes').locator('summary').click();
    await expect(page.getByTestId('changes-since').inputValue()).resolves.toBe('2026-04-02');
    const changed = page.getByTestId('changes-table').locator('tbody tr');
    await expect.poll(() => changed.count()).toBe(2);
    await expect(changed.first().textContent()).resolves.toContain('Qiming Venture Partners');
    await screenshot(page, 'add-source-sources-tab');

    // The graph reloads with the new entity, and ShengShu now shows two sources.
    await page
      .locator('[data-testid="graph-canvas"][data-state="ready"]')
      .waitFor({ timeout: 60_000 });
    const inGraph = await page.waitForFunction(
      () => (window as any).__explorer?.cy?.getElementById('qiming-venture-partners').length === 1,
      null,
      { timeout: 30_000 },
    );
    expect(await inGraph.jsonValue()).toBe(true);
    const api = await fetch(`${baseUrl}/api/nodes/shengshu/neighbors?limit=200`).then((r) =>
      r.json(),
    );
    const shengshu = api.nodes.find((n: any) => n.id === 'shengshu');
    expect(shengshu.properties.corroboration).toBe(2);
    expect(api.edges.map((e: any) => e.id)).toContain('qiming-venture-partners-BACKS-shengshu');
    await screenshot(page, 'add-source-done');

    // The evidence filters: only what two sources back, then the graph as known before the note.
    const shown = () =>
      page.evaluate(() =>
        (window as any).__explorer.cy
          .nodes(':visible')
          .map((n: any) => n.id())
          .filter((id: string) => !id.includes(':'))
          .sort(),
      );
    await page.getByTestId('explore-tab').click();
    await page.getByTestId('min-sources').selectOption('2');
    await expect.poll(shown).toEqual(['shengshu']);
    await page.getByTestId('min-sources').selectOption('1');
    await expect.poll(async () => (await shown()).includes('qiming-venture-partners')).toBe(true);
    await page.getByTestId('known-on').selectOption('2026-01-01');
    await expect.poll(async () => (await shown()).includes('qiming-venture-partners')).toBe(false);
    expect((await shown()).length).toBe(45);
    await screenshot(page, 'add-source-known-on');
    expect(errors).toEqual([]);
  });
});
