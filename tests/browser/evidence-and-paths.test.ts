import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canvasAtRest, openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { canvasIds, pagePositionOf } from '../support/canvas.ts';

const baseUrl = inject('baseUrl');
let page: Page;
let pageErrors: string[];
pagePerTest((opened) => {
  page = opened.page;
  pageErrors = opened.errors;
});

async function clickElement(id: string, button: 'left' | 'right' = 'left'): Promise<void> {
  const at = await pagePositionOf(page, id);
  await page.mouse.click(at.x, at.y, { button });
}

/** Ids of the elements lit up (selected and not faded), sorted. */
async function litIds(): Promise<string[]> {
  return page.evaluate(() =>
    (window as any).__explorer.cy
      .elements(':selected')
      .filter((element: any) => !element.hasClass('faded'))
      .map((element: any) => element.id())
      .sort(),
  );
}

async function isFaded(id: string): Promise<boolean> {
  return page.evaluate(
    (elementId) => (window as any).__explorer.cy.getElementById(elementId).hasClass('faded'),
    id,
  );
}

/** Picks an entity in one of the Paths panel's pickers by typing part of its name. */
async function pick(testId: string, text: string, entityId: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
  await page.locator(`[data-testid="entity-option"][data-entity-id="${entityId}"]`).click();
}

const shortest = ['fei-fei-li', 'shengshu', 'world-labs', 'zhu-jun'];
const shortestEdges = [
  'fei-fei-li-LEADS-world-labs',
  'shengshu-COMPETES_WITH-world-labs',
  'zhu-jun-FOUNDED-shengshu',
];

describe('paths between two entities', () => {
  it('when two entities are picked, then the shortest path is lit up with the sentence behind each hop, and alternatives can be picked', async () => {
    await openExplorer(page, baseUrl);
    await page.getByTestId('paths-tab').click();
    await pick('path-from', 'zhu', 'zhu-jun');
    await pick('path-to', 'fei-fei', 'fei-fei-li');
    await page.getByTestId('path-find').click();

    const items = page.getByTestId('path-item');
    await page.getByTestId('path-hop').first().waitFor();
    expect(await items.count()).toBeGreaterThan(1);
    await expect(items.first().textContent()).resolves.toMatch(/Shortest.*3 hops/);
    const hops = page.getByTestId('path-hop');
    expect(await hops.count()).toBe(3);
    await expect(hops.nth(0).textContent()).resolves.toMatch(
      /Zhu Jun.*—FOUNDED→.*ShengShu.*ShengShu founder Zhu Jun stated/,
    );
    // The last hop walks against the relationship: World Labs ←LEADS— Fei-Fei Li.
    await expect(hops.nth(2).textContent()).resolves.toMatch(/World Labs.*←LEADS—.*Fei-Fei Li/);
    await expect(hops.nth(2).locator('blockquote').textContent()).resolves.toContain(
      'led by Fei-Fei Li',
    );

    await expect.poll(litIds).toEqual([...shortest, ...shortestEdges].sort());
    expect(await isFaded('meta')).toBe(true);
    expect(await isFaded('world-models')).toBe(true);
    await canvasAtRest(page);
    await screenshot(page, 'paths-shortest');

    await items.nth(1).locator('button').first().click();
    await expect(items.nth(1).getAttribute('data-active')).resolves.toBe('true');
    expect(await page.getByTestId('path-hop').count()).toBe(4);
    expect(await litIds()).toEqual(
      expect.arrayContaining(['world-models', 'shengshu-PURSUES-world-models', 'zhu-jun']),
    );
    expect(await isFaded('shengshu-COMPETES_WITH-world-labs')).toBe(true);
    await canvasAtRest(page);
    await screenshot(page, 'paths-alternative');

    await page.getByTestId('path-clear').click();
    expect(await items.count()).toBe(0);
    expect(await litIds()).toEqual([]);
    expect(await isFaded('meta')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('when the path is asked for from the canvas menu on a partial canvas, then its missing entities are brought in', async () => {
    await openExplorer(page, `${baseUrl}/?limit=3&order=id`);
    expect(await canvasIds(page)).toEqual(['agi', 'alibaba', 'alibaba-cloud']);
    await clickElement('alibaba-cloud', 'right');
    await page.getByTestId('context-path-from').click();
    await expect(page.getByTestId('paths-tab').getAttribute('aria-selected')).resolves.toBe('true');
    await expect.poll(() => page.getByTestId('path-from').inputValue()).toBe('Alibaba Cloud');
    await pick('path-to', 'zhu', 'zhu-jun');
    await page.getByTestId('path-find').click();
    await page.getByTestId('path-hop').first().waitFor();
    await expect(page.getByTestId('path-hop').first().textContent()).resolves.toMatch(
      /Alibaba Cloud.*—LED→.*ShengShu Series B/,
    );
    await page.waitForFunction(
      () => !(window as any).__explorer.cy.getElementById('zhu-jun').empty(),
    );
    expect(await canvasIds(page)).toEqual(expect.arrayContaining(['shengshu', 'zhu-jun']));
    expect(await litIds()).toEqual(expect.arrayContaining(['alibaba-cloud', 'zhu-jun']));
    expect(await isFaded('agi')).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe('expanding with intent', () => {
  const partial = `${baseUrl}/?view=shortest-path&from=tal-education&to=shengshu`;

  it('when a type and a direction are chosen, then exactly those neighbours come in', async () => {
    await openExplorer(page, partial);
    expect(await canvasIds(page)).toEqual(['shengshu', 'shengshu-series-b', 'tal-education']);
    await clickElement('shengshu-series-b');
    await page.getByTestId('expand-options-toggle').click();
    await page.getByTestId('expand-direction').selectOption('in');
    await page.getByTestId('expand-type-LED').click();
    await page.waitForFunction(
      () => (window as any).__explorer.cy.getElementById('alibaba').length === 1,
    );
    expect(await canvasIds(page)).toEqual([
      'alibaba',
      'alibaba-cloud',
      'shengshu',
      'shengshu-series-b',
      'tal-education',
    ]);
    await expect(page.getByTestId('expand-status').textContent()).resolves.toContain(
      'Showing all 2 incoming LED neighbours',
    );
    await canvasAtRest(page);
    await screenshot(page, 'paths-expand-by-type');
    expect(pageErrors).toEqual([]);
  });

  it('when capped, then it says how many of how many are shown and "show more" brings the next ones', async () => {
    await openExplorer(page, partial);
    await clickElement('shengshu');
    await page.getByTestId('expand-options-toggle').click();
    await page.getByTestId('expand-limit').selectOption('5');
    await page.getByTestId('expand-type-all').click();
    const status = page.getByTestId('expand-status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(/Showing 5 of 10 neighbours/);
    const api = await (
      await fetch(`${baseUrl}/api/nodes/shengshu/neighbors?direction=both`)
    ).json();
    const neighbours = api.nodes
      .map((node: any) => node.id)
      .filter((id: string) => id !== 'shengshu');
    // The most significant come first: the funding rounds, largest first.
    await expect
      .poll(() => canvasIds(page))
      .toEqual(expect.arrayContaining(['shengshu-earlier-round']));
    const shown = (await canvasIds(page)).filter((id) => neighbours.includes(id));
    expect(shown).toHaveLength(5);
    await page.getByTestId('expand-more').click();
    await expect.poll(() => status.textContent()).toMatch(/Showing all 10 neighbours/);
    expect(await page.getByTestId('expand-more').count()).toBe(0);
    await expect
      .poll(() => canvasIds(page))
      .toEqual([...new Set(['shengshu', 'tal-education', ...neighbours])].sort());
    expect(pageErrors).toEqual([]);
  });
});

describe('the timeline', () => {
  it('when moved to before the Series B, then the Series B is hidden but the earlier round stays, in the article’s own words', async () => {
    await openExplorer(page, baseUrl);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    const ticks = page.getByTestId('timeline-tick');
    expect(await ticks.count()).toBe(3);
    // Every funding round is dated only roughly by the article.
    for (let i = 0; i < 3; i++) {
      await expect(ticks.nth(i).getAttribute('data-rough')).resolves.toBe('true');
    }
    // The band sits under the canvas, not over it.
    const band = await timeline.boundingBox();
    const canvas = await page.getByTestId('graph-canvas').boundingBox();
    expect(band!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);
    // Each mark's name is whole under it (wrapped if need be, never cut), and inside the band.
    const names = await page.$$eval('.timeline-tick__name', (spans) =>
      spans.map((span) => ({
        text: span.textContent,
        cut: span.scrollHeight > span.clientHeight + 1 || span.scrollWidth > span.clientWidth + 1,
        bottom: span.getBoundingClientRect().bottom,
      })),
    );
    expect(names.map((name) => name.text)).toEqual([
      'AMI Labs €500 million raise',
      'ShengShu earlier 600 million yuan round',
      'ShengShu Series B',
    ]);
    expect(names.filter((name) => name.cut)).toEqual([]);
    for (const name of names) expect(name.bottom).toBeLessThanOrEqual(band!.y + band!.height);

    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(slider.inputValue()).resolves.toBe('1');
    await expect(page.getByTestId('timeline-readout').textContent()).resolves.toContain(
      'two months before the Series B (≈)',
    );
    const visible = (id: string) =>
      page.evaluate((nodeId) => (window as any).__explorer.cy.getElementById(nodeId).visible(), id);
    await expect.poll(() => visible('shengshu-series-b')).toBe(false);
    expect(await visible('shengshu-earlier-round')).toBe(true);
    expect(await visible('ami-labs-raise')).toBe(true);

    await ticks.nth(2).hover();
    const tip = page.getByRole('tooltip').filter({ hasText: 'ShengShu Series B' });
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toContain(
      'announced Friday (at publication, 2026) (≈)',
    );
    await screenshot(page, 'timeline-before-series-b');

    await page.getByTestId('timeline-all').click();
    await expect.poll(() => visible('shengshu-series-b')).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('when played, then it steps forward through the dated facts', async () => {
    await openExplorer(page, baseUrl);
    const slider = page.getByTestId('timeline-slider');
    await page.getByTestId('timeline-play').click();
    await expect(slider.inputValue()).resolves.toBe('0');
    await expect(page.getByTestId('timeline-readout').textContent()).resolves.toContain(
      'early 2026',
    );
    await expect.poll(() => slider.inputValue(), { timeout: 5000 }).toBe('1');
    await page.getByTestId('timeline-play').click();
    await expect(page.getByTestId('timeline-play').getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
  });
});

describe('evidence first', () => {
  it('when a sentence is clicked in Sources, then the facts it supports are lit up on the graph', async () => {
    await openExplorer(page, baseUrl);
    await page.getByTestId('sources-tab').click();
    const sentences = page.getByTestId('source-sentence');
    await sentences.first().waitFor();
    const api = await (
      await fetch(`${baseUrl}/api/sources/nextfin-alibaba-shengshu/sentences`)
    ).json();
    expect(await sentences.count()).toBe(api.sentences.length);
    await expect(sentences.first().getAttribute('data-index')).resolves.toBe('1');
    // A sentence no fact rests on is dimmed; one whose facts are drawn is not.
    const empty = api.sentences.find((s: any) => s.nodes.length + s.edges.length === 0);
    await expect(
      page
        .locator(`[data-testid="source-sentence"][data-index="${empty.index}"]`)
        .getAttribute('data-dim'),
    ).resolves.toBe('true');

    const sentence = api.sentences.find((s: any) =>
      s.text.includes('includes participation from TAL Education'),
    );
    const row = page.locator(`[data-testid="source-sentence"][data-index="${sentence.index}"]`);
    await expect(row.getAttribute('data-dim')).resolves.toBe('false');
    await expect(row.textContent()).resolves.toContain(
      `${sentence.nodes.length + sentence.edges.length} facts`,
    );
    await row.locator('button').first().click();
    const facts = [...sentence.nodes, ...sentence.edges];
    await expect.poll(litIds).toEqual(expect.arrayContaining(facts));
    // Nothing else is lit but the ends of the relationships it supports.
    const ends = await page.evaluate(
      (ids) =>
        (window as any).__explorer.cy
          .edges()
          .filter((edge: any) => ids.includes(edge.id()))
          .connectedNodes()
          .map((node: any) => node.id()),
      facts,
    );
    expect(await litIds()).toEqual([...new Set([...facts, ...ends])].sort());
    expect(await isFaded('meta')).toBe(true);
    await canvasAtRest(page);
    await screenshot(page, 'evidence-sentence');

    await page.getByTestId('sources-clear').click();
    expect(await isFaded('meta')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('when a quote’s jump is clicked, then the Sources tab opens at its sentence', async () => {
    await openExplorer(page, baseUrl);
    await clickElement('zhu-jun');
    const panel = page.getByTestId('details-panel');
    const quote = panel.locator('figure').first();
    await expect(quote.locator('mark').first().textContent()).resolves.toMatch(/ShengShu|Zhu Jun/);
    await expect(panel.getByTestId('evidence-group').first().textContent()).resolves.toContain(
      'NextFin News · 2026',
    );
    await expect(panel.getByTestId('corroboration').textContent()).resolves.toBe('1 source');
    const text = (await quote.getByTestId('details-quote').textContent())!;
    await quote.getByTestId('quote-jump').click();
    await expect(page.getByTestId('sources-tab').getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    const jumped = page.locator('[data-testid="source-sentence"][aria-current="true"]');
    await jumped.waitFor();
    await expect(jumped.textContent()).resolves.toContain(text.slice(0, 60));
    await expect.poll(() => jumped.isVisible()).toBe(true);
    // The list scrolls smoothly to the sentence: read its place once it has stopped.
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await jumped.boundingBox());
        const stopped = now === last;
        last = now;
        return stopped;
      })
      .toBe(true);
    const box = await jumped.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y + box!.height).toBeLessThan(900);
    await screenshot(page, 'evidence-quote-jump');
    expect(pageErrors).toEqual([]);
  });

  it('when a relationship is shown, then its quote marks both ends, the verb and the amounts', async () => {
    await openExplorer(page, baseUrl);
    await clickElement('alibaba-cloud-LED-shengshu-series-b');
    const quote = page.getByTestId('details-panel').getByTestId('details-quote').first();
    await quote.waitFor();
    await expect(page.getByTestId('details-title').textContent()).resolves.toMatch(/LED/);
    const marked = await quote.locator('mark').allTextContents();
    expect(marked).toEqual(
      expect.arrayContaining(['Alibaba Cloud', 'led', '2 billion yuan', '$290 million']),
    );
    await screenshot(page, 'evidence-edge-quote');
    expect(pageErrors).toEqual([]);
  });
});
