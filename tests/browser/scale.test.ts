import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, defaultClientDir } from '../../server/app.ts';
import { openDatabase, type Database } from '../../server/neo4j/database.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { bulkWrite, seedDatabase } from '../../server/seed/seed-database.ts';
import {
  generateSyntheticGraph,
  SYNTHETIC_SOURCE,
} from '../../server/seed/synthetic/synthetic-graph.ts';
import { launchChromium, screenshot, watchPageErrors } from '../support/browser.ts';
import { decodePng, inkShare, parseXml } from '../support/decode.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

/**
 * A database too large to draw whole (the seed plus a synthetic ecosystem, more than the 2,000
 * entities the page asks for by default), in a Neo4j and an app of this file's own.
 */
const SYNTHETIC_ENTITIES = 3000;

let neo4j: ThrowawayNeo4j;
let db: Database;
let server: ReturnType<ReturnType<typeof createApp>['listen']>;
let baseUrl: string;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  // WebGL on the CPU (SwiftShader) for the WebGL renderer's test below.
  const launched = launchChromium({ webgl: true });
  neo4j = await startThrowawayNeo4j();
  db = openDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  const data = loadSeedData();
  await seedDatabase(db, data);
  await bulkWrite(
    db,
    { sourceId: SYNTHETIC_SOURCE, ...generateSyntheticGraph(SYNTHETIC_ENTITIES, 7) },
    { batchSize: 5_000, inFlight: 4 },
  );
  const app = createApp({
    db,
    clientDir: defaultClientDir,
  });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launched;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  await db?.close();
  await neo4j?.stop();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  pageErrors = watchPageErrors(page);
  return () => page.close();
});

async function api(path: string): Promise<any> {
  return (await fetch(`${baseUrl}${path}`)).json();
}

/** Waits for a performance mark the page sets once (see client/src/features/graph/large). */
async function mark(name: string): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 60_000,
  });
}

/** Ids of everything drawn: a large graph's from its scene, a small one's from Cytoscape. */
async function drawnIds(): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const explorer = (window as any).__explorer;
    if (explorer.large) return explorer.large.drawnIds();
    return {
      nodes: explorer.cy.nodes().map((node: any) => node.id()),
      edges: explorer.cy.edges().map((edge: any) => edge.id()),
    };
  });
}

/** Where an overview group is drawn, in page coordinates. */
async function groupAt(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((groupId) => {
    const cy = (window as any).__explorerOverview.cy;
    const box = cy.container().getBoundingClientRect();
    const point = cy.getElementById(groupId).renderedPosition();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

describe('a database too large to draw whole', () => {
  it('when ?limit=3000 is asked for, then the 3,000 most connected are drawn and the page stays responsive', async () => {
    await page.goto(`${baseUrl}/?limit=3000`);
    await mark('explorer:first-frame');
    // Drawn and laid out bit by bit: the page answers input meanwhile.
    await page.getByTestId('search-input').fill('a');
    await page.getByTestId('search-result').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('search-input').fill('');
    await page
      .locator('[data-testid="graph-canvas"][data-state="ready"]')
      .waitFor({ timeout: 60_000 });
    await mark('explorer:layout-settled');
    const answer = await api('/api/graph?limit=3000');
    const drawn = await drawnIds();
    expect(drawn.nodes).toHaveLength(3000);
    expect(drawn.nodes.sort()).toEqual(answer.nodes.map((node: { id: string }) => node.id).sort());
    expect(drawn.edges).toHaveLength(answer.edges.length);
    // Cytoscape holds only the window in view: framed whole, 3,000 nodes are too many for it.
    const held = await page.evaluate(() => (window as any).__explorer.cy.elements().length);
    expect(held).toBeLessThan(1000);
    await expect(page.getByTestId('graph-canvas').getAttribute('data-scale')).resolves.toBe(
      'large',
    );
    await expect(page.getByTestId('graph-notice').textContent()).resolves.toContain(
      `3,000 most connected of ${answer.total.toLocaleString('en')} entities`,
    );
    // A click on a node still opens its details, drawn or not by Cytoscape itself.
    await page.waitForFunction(() => !(window as any).__explorer.cy.animated());
    const hub = await page.evaluate(() => {
      const { cy, large } = (window as any).__explorer;
      const { arrays } = large.current;
      let best = 0;
      arrays.degree.forEach((degree: number, i: number) => {
        if (degree > arrays.degree[best]) best = i;
      });
      const id = arrays.ids[best];
      const box = cy.container().getBoundingClientRect();
      const point = large.renderedPositionOf(id);
      return { id, x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.move(hub.x, hub.y);
    await page.mouse.click(hub.x, hub.y);
    const title = await page.getByTestId('details-title').textContent();
    expect(title).toBe(answer.nodes.find((node: { id: string }) => node.id === hub.id).caption);
    await screenshot(page, 'scale-3000');
    expect(pageErrors).toEqual([]);
  });

  it('when a large graph is exported, then every drawn entity is in the SVG, the PNG and the data, though Cytoscape holds only a window', async () => {
    await page.goto(`${baseUrl}/?limit=3000`);
    await page
      .locator('[data-testid="graph-canvas"][data-state="ready"]')
      .waitFor({ timeout: 60_000 });
    await mark('explorer:layout-settled');
    const exported = (request: unknown) =>
      page.evaluate(async (asked) => {
        const file = await (window as any).__explorerExport(asked);
        return file.base64 as string;
      }, request);
    const choices = {
      area: 'full',
      scale: 1,
      background: 'white',
      legend: true,
      caption: false,
    };
    const svg = Buffer.from(
      await exported({ kind: 'image', choices: { ...choices, format: 'svg' } }),
      'base64',
    ).toString('utf8');
    // Each node is one closed shape in its kind's fill path (outlines are drawn apart, unfilled).
    const fills = [...svg.matchAll(/<path d="([^"]+)" fill="(#[0-9a-f]+)" stroke="none"/gi)];
    const shapes = fills.reduce((sum, match) => sum + (match[1]!.match(/Z/g)?.length ?? 0), 0);
    expect(shapes).toBe(3000);
    expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke-width="1"/);
    expect(svg).toContain('<text');
    expect(parseXml(svg).documentElement.nodeName).toBe('svg');

    const png = decodePng(
      Buffer.from(
        await exported({ kind: 'image', choices: { ...choices, format: 'png' } }),
        'base64',
      ),
    );
    expect(png.width).toBeGreaterThan(400);
    expect(inkShare(png, [255, 255, 255, 255])).toBeGreaterThan(0.01);

    const data = JSON.parse(
      Buffer.from(await exported({ kind: 'data', format: 'cytoscape-json' }), 'base64').toString(
        'utf8',
      ),
    );
    expect(data.elements.nodes).toHaveLength(3000);
    for (const node of data.elements.nodes) {
      expect(Number.isFinite(node.position?.x) && Number.isFinite(node.position?.y)).toBe(true);
    }
    const held = await page.evaluate(() => (window as any).__explorer.cy.nodes().length);
    expect(held).toBeLessThan(3000);
    expect(pageErrors).toEqual([]);
  });

  it('when opened without a limit, then the overview groups it by kind and camp, counts adding up to the total', async () => {
    await page.goto(baseUrl);
    await page.waitForFunction(() => (window as any).__explorerOverview, null, {
      timeout: 60_000,
    });
    const overview = await api('/api/overview');
    const groups = await page.evaluate(() =>
      (window as any).__explorerOverview.cy
        .nodes('[count]')
        .map((node: any) => [node.id(), node.data('count')]),
    );
    expect(Object.fromEntries(groups)).toEqual(
      Object.fromEntries(overview.groups.map((g: any) => [g.id, g.count])),
    );
    const sum = groups.reduce((total: number, [, count]: [string, number]) => total + count, 0);
    const graph = await api('/api/graph');
    expect(sum).toBe(overview.entities);
    expect(sum).toBe(graph.total);
    await expect(page.getByTestId('overview-notice').textContent()).resolves.toContain(
      `${graph.total.toLocaleString('en')} entities are too many to draw at once`,
    );
    await expect(page.getByTestId('draw-top').textContent()).resolves.toContain(
      `${graph.nodes.length.toLocaleString('en')} most connected`,
    );
    await screenshot(page, 'scale-overview');
    expect(pageErrors).toEqual([]);
  });

  it('when a group is clicked, then its most connected entities are drawn, and Back returns to the overview', async () => {
    await page.goto(baseUrl);
    await page.waitForFunction(() => (window as any).__explorerOverview, null, {
      timeout: 60_000,
    });
    const at = await groupAt('Company|world-model');
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('drill-banner').waitFor();
    await page
      .locator('[data-testid="graph-canvas"][data-state="ready"]')
      .waitFor({ timeout: 60_000 });
    const group = await api('/api/graph?kind=Company&camp=world-model&limit=2000');
    const drawn = await drawnIds();
    expect(drawn.nodes.sort()).toEqual(group.nodes.map((node: { id: string }) => node.id).sort());
    // Whatever Cytoscape holds of it is drawn as world-model companies.
    await page.mouse.move(at.x, at.y);
    const held = await page.evaluate(() =>
      (window as any).__explorer.cy.nodes().map((node: any) => node.classes()),
    );
    for (const classes of held) {
      expect(classes).toEqual(expect.arrayContaining(['kind-company', 'camp-world-model']));
    }
    await expect(page.getByTestId('drill-what').textContent()).resolves.toContain(
      'Company · world model',
    );
    await screenshot(page, 'scale-group');

    await page.getByTestId('back-to-overview').click();
    await page.getByTestId('overview-notice').waitFor();
    await page.waitForFunction(() => (window as any).__explorerOverview, null, {
      timeout: 60_000,
    });
    await expect(page.getByTestId('drill-banner').count()).resolves.toBe(0);

    // The most connected of the whole ecosystem, from the overview's own action.
    await page.getByTestId('draw-top').click();
    await page
      .locator('[data-testid="graph-canvas"][data-state="ready"]')
      .waitFor({ timeout: 60_000 });
    const top = await api('/api/graph');
    await expect(drawnIds().then((drawn) => drawn.nodes.length)).resolves.toBe(top.nodes.length);
    expect(pageErrors).toEqual([]);
  });

  it('when the most connected entities are slow to come, then the overview shows without them, and Draw waits for them', async () => {
    // GET /api/graph held back, as the 2,000 most connected of a million take seconds.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/graph(\?|$)/, async (route) => {
      await released;
      await route.continue();
    });
    try {
      await page.goto(baseUrl);
      await page.waitForFunction(() => (window as any).__explorerOverview, null, {
        timeout: 60_000,
      });
      await page.getByTestId('draw-top').click();
      await page.locator('[data-testid="graph-canvas"][data-state="loading"]').waitFor();
      release();
      await page
        .locator('[data-testid="graph-canvas"][data-state="ready"]')
        .waitFor({ timeout: 60_000 });
      const top = await api('/api/graph');
      await expect(drawnIds().then((drawn) => drawn.nodes.sort())).resolves.toEqual(
        top.nodes.map((node: { id: string }) => node.id).sort(),
      );
    } finally {
      release();
      await page.unroute(/\/api\/graph(\?|$)/);
    }
    expect(pageErrors).toEqual([]);
  });

  it('when the WebGL switch is flipped, then the graph is drawn again with it, and without', async () => {
    await page.goto(`${baseUrl}/?limit=20`);
    await page
      .locator('[data-testid="graph-canvas"][data-state="ready"]')
      .waitFor({ timeout: 60_000 });
    const toggle = page.getByTestId('webgl-toggle');
    // Chromium runs WebGL on SwiftShader here: the switch must be offered.
    await expect(toggle.isDisabled()).resolves.toBe(false);
    // Whether a canvas of the graph draws with WebGL 2. A canvas that already has a 2D context
    // answers null, so asking does not give a 2D canvas a WebGL context.
    const drawsWithWebgl = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="graph-canvas"] canvas')].some(
          (canvas) => (canvas as HTMLCanvasElement).getContext('webgl2') !== null,
        ),
      );
    expect(await drawsWithWebgl()).toBe(false);
    // Each flip replaces the Cytoscape instance: wait for a new one holding every entity.
    const redrawn = async () => {
      await page.evaluate(() => {
        (window as any).__before = (window as any).__explorer.cy;
      });
      return () =>
        page.waitForFunction(
          () => {
            const cy = (window as any).__explorer?.cy;
            return cy && cy !== (window as any).__before && cy.nodes().length === 20;
          },
          null,
          { timeout: 60_000 },
        );
    };
    let settled = await redrawn();
    await toggle.check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('x-webgl') === '1');
    await settled();
    expect(await drawsWithWebgl()).toBe(true);
    expect(await page.evaluate(() => (window as any).__explorer.cy.renderer().webgl === true)).toBe(
      true,
    );
    settled = await redrawn();
    await toggle.uncheck();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('x-webgl'));
    await settled();
    await expect(toggle.isChecked()).resolves.toBe(false);
    // Cytoscape keeps its layer count on the renderer's prototype once WebGL was on, so the new
    // instance still has an (idle) WebGL layer: its renderer's own flag says it draws in 2D.
    const rendererWebgl = await page.evaluate(
      () => (window as any).__explorer.cy.renderer().webgl === true,
    );
    expect(rendererWebgl).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
