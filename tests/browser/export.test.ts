import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openExplorer, pagePerTest, screenshot } from '../support/browser.ts';
import { decodeJpeg, decodePng, inkShare, parseXml, pixelAt } from '../support/decode.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest(
  (opened) => {
    page = opened.page;
  },
  { acceptDownloads: true },
);
beforeEach(() => openExplorer(page, baseUrl));

/** Clicks a control of the Export menu that downloads a file, and returns the file. */
async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function openMenu() {
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-menu').waitFor();
}

/** What the canvas shows, to compare the files with. */
async function canvasCounts() {
  return page.evaluate(() => {
    const cy = (window as any).__explorer.cy;
    return {
      nodes: cy.nodes(':visible').length,
      edges: cy.edges(':visible').length,
      labeled: cy.nodes(':visible').filter((node: any) => node.style('label') !== '').length,
    };
  });
}

/** Today as the page names its files: the local date, as a person there would see it. */
const today = (() => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
})();

describe('image export from the page', () => {
  it('when PNG is downloaded at 2×, then it decodes to a non-blank image on white, named for what it holds', async () => {
    await openMenu();
    await screenshot(page, 'export-menu');
    const { name, bytes } = await download('export-image-download');
    expect(name).toBe(`llm-vs-world-model-ecosystem_${today}.png`);
    const image = decodePng(bytes);
    expect(image.width).toBeGreaterThan(1500);
    expect(pixelAt(image, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(inkShare(image, [255, 255, 255, 255])).toBeGreaterThan(0.05);
  });

  it('when the background is dark or transparent, then the corner pixel says so', async () => {
    await openMenu();
    await page.getByTestId('export-background').selectOption('dark');
    const dark = decodePng((await download('export-image-download')).bytes);
    expect(pixelAt(dark, 2, 2)).toEqual([28, 33, 41, 255]);
    await page.getByTestId('export-background').selectOption('transparent');
    const clear = decodePng((await download('export-image-download')).bytes);
    expect(pixelAt(clear, 2, 2)[3]).toBe(0);
  });

  it('when a width of 16,000 px is asked, then the PNG is that wide, stitched from tiles, and not blank', async () => {
    await openMenu();
    await page.getByTestId('export-sizing').selectOption('width');
    await page.getByTestId('export-width').fill('16000');
    const image = decodePng((await download('export-image-download')).bytes);
    expect(image.width).toBe(16_000);
    expect(image.height).toBeGreaterThan(8_000);
    expect(inkShare(image, [255, 255, 255, 255])).toBeGreaterThan(0.02);
    // A tile seam would show as a blank band: the middle rows, across several tiles, hold ink.
    const middle = {
      ...image,
      data: image.data.subarray(image.width * 4 * Math.floor(image.height / 3)),
    };
    expect(
      inkShare({ ...middle, height: Math.floor(image.height / 3) }, [255, 255, 255, 255]),
    ).toBeGreaterThan(0.01);
  });

  it('when JPEG is downloaded, then it decodes at the asked scale on white', async () => {
    await openMenu();
    await page.getByTestId('export-format-jpeg').check();
    await page.getByTestId('export-sizing').selectOption('1');
    const one = decodeJpeg((await download('export-image-download')).bytes);
    await page.getByTestId('export-sizing').selectOption('3');
    const three = decodeJpeg((await download('export-image-download')).bytes);
    expect(Math.abs(three.width - 3 * one.width)).toBeLessThanOrEqual(3);
    expect(
      pixelAt(one, 1, 1)
        .slice(0, 3)
        .every((value) => value > 245),
    ).toBe(true);
    expect(inkShare(one, [255, 255, 255, 255])).toBeGreaterThan(0.05);
  });

  it('when SVG is downloaded, then it is true vector: one <text> per visible node label, shapes and paths', async () => {
    const counts = await canvasCounts();
    await openMenu();
    await page.getByTestId('export-format-svg').check();
    await page.getByTestId('export-legend').uncheck();
    const { name, bytes } = await download('export-image-download');
    expect(name.endsWith('.svg')).toBe(true);
    const svg = parseXml(bytes.toString('utf8'));
    const groups = Array.from(svg.getElementsByTagName('g'));
    const nodeGroups = groups.filter((g) => g.getAttribute('class') === 'node');
    const edgeGroups = groups.filter((g) => g.getAttribute('class') === 'edge');
    expect(nodeGroups).toHaveLength(counts.nodes);
    expect(edgeGroups).toHaveLength(counts.edges);
    const nodeTexts = nodeGroups.flatMap((g) => Array.from(g.getElementsByTagName('text')));
    expect(nodeTexts).toHaveLength(counts.labeled);
    const shengshu = nodeGroups.find((g) => g.getAttribute('data-id') === 'shengshu')!;
    expect(shengshu.getElementsByTagName('text')[0]!.textContent).toBe('ShengShu');
    expect(svg.getElementsByTagName('image')).toHaveLength(0);
  });

  it('when the page is in dark theme and the export is on white, then labels are drawn in dark ink', async () => {
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await openMenu();
    await page.getByTestId('export-format-svg').check();
    const svg = parseXml((await download('export-image-download')).bytes.toString('utf8'));
    const label = Array.from(svg.getElementsByTagName('g'))
      .find((g) => g.getAttribute('data-id') === 'shengshu')!
      .getElementsByTagName('text')[0]!;
    expect(label.getAttribute('fill')).toBe('rgb(42,49,60)');
    // The page keeps its dark look afterwards.
    const ink = await page.evaluate(() =>
      (window as any).__explorer.cy.getElementById('shengshu').style('color'),
    );
    expect(ink).not.toBe('rgb(42,49,60)');
  });

  it('when the caption is included, then the image carries the title and the numbered source sentences', async () => {
    await openMenu();
    await page.getByTestId('export-format-svg').check();
    await page.getByTestId('export-caption').check();
    const text = (await download('export-image-download')).bytes.toString('utf8');
    expect(text).toContain('LLM vs world-model ecosystem');
    expect(text).toContain('Sources: NextFin News, 2026');
    expect(text).toMatch(/>1\. /);
    expect(text).toContain(`exported ${today}`);
  });
});

describe('data export from the page', () => {
  it('when GraphML is downloaded, then it parses with the canvas counts and typed keys', async () => {
    const counts = await canvasCounts();
    await openMenu();
    const { name, bytes } = await download('export-data-graphml');
    expect(name.endsWith('.graphml')).toBe(true);
    const doc = parseXml(bytes.toString('utf8'));
    expect(doc.getElementsByTagName('node')).toHaveLength(counts.nodes);
    expect(doc.getElementsByTagName('edge')).toHaveLength(counts.edges);
    const keys = Array.from(doc.getElementsByTagName('key')).map(
      (key) => `${key.getAttribute('attr.name')}:${key.getAttribute('attr.type')}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining(['amount:long', 'quotes:string', 'labels:string', 'type:string']),
    );
  });

  it('when CSV is downloaded, then the zip holds nodes.csv and edges.csv that a CSV parser reads with provenance', async () => {
    const counts = await canvasCounts();
    await openMenu();
    const { name, bytes } = await download('export-data-csv');
    expect(name.endsWith('.csv.zip')).toBe(true);
    const files = unzipSync(new Uint8Array(bytes));
    const parse = (file: string) =>
      Papa.parse<Record<string, string>>(strFromU8(files[file]!).replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      });
    const nodes = parse('nodes.csv');
    const edges = parse('edges.csv');
    expect(nodes.errors).toEqual([]);
    expect(nodes.data).toHaveLength(counts.nodes);
    expect(edges.data).toHaveLength(counts.edges);
    const led = edges.data.find((row) => row.id === 'alibaba-cloud-LED-shengshu-series-b')!;
    expect(led.quotes).toContain('Alibaba Cloud has led a 2 billion yuan');
  });

  it('when JSON and Cytoscape JSON are downloaded, then both hold the canvas, the latter with positions', async () => {
    const counts = await canvasCounts();
    await openMenu();
    const api = JSON.parse((await download('export-data-json')).bytes.toString('utf8'));
    expect(api.nodes).toHaveLength(counts.nodes);
    expect(api.edges[0]).toMatchObject({
      id: expect.any(String),
      type: expect.any(String),
      source: expect.any(String),
    });
    const cyjs = JSON.parse((await download('export-data-cytoscape-json')).bytes.toString('utf8'));
    expect(cyjs.elements.nodes).toHaveLength(counts.nodes);
    expect(cyjs.elements.nodes[0].position).toEqual({
      x: expect.any(Number),
      y: expect.any(Number),
    });
  });
});
