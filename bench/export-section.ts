import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../server/config.ts';
import { BenchError } from './bench-error.ts';
import { freshPage } from './browser.ts';
import type { BenchContext } from './context.ts';
import { bytes, seconds, size } from './format.ts';
import { openExplorerTimed } from './explorer-page.ts';
import { figureRow } from './table.ts';

/** One exported PNG. */
interface Exported {
  ms: number;
  bytes: number;
  width: number;
  height: number;
}

/** The Export menu's choices for a PNG of the whole graph at 2x, nothing added around it. */
const choices = {
  format: 'png',
  area: 'full',
  scale: 2,
  background: 'white',
  legend: false,
  caption: false,
} as const;

const targetMs = 3_000;

/** Cytoscape's browser build, for the baseline's own instance. */
const cytoscapeUmd = path.join(projectRoot, 'node_modules/cytoscape/dist/cytoscape.min.js');
const exportTimeoutMs = 180_000;

/** Gives up on a page call after exportTimeoutMs (a stuck page never answers by itself). */
function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new BenchError(`${what} did not finish within ${exportTimeoutMs / 1000} s`)),
      exportTimeoutMs,
    );
  });
  work.catch(() => {});
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Times our exporter (window.__explorerExport, the code path of the Export menu) against
 * Cytoscape's own cy.png of the same graph on the same page, once the layout has settled.
 */
export async function runExport(
  context: BenchContext,
  browser: Browser,
  appBase: string,
): Promise<void> {
  const { options, log } = context;
  const nodes = options.exportSize;
  const { page, close } = await freshPage(browser);
  try {
    log(`Opening our page at limit=${size(nodes)} and waiting for the layout to settle…`);
    const opened = await openExplorerTimed(
      page,
      `${appBase}/?limit=${nodes}`,
      nodes,
      options.pageTimeoutMs,
    );
    log(`  settled after ${seconds(opened.settledMs)}.`);
    log('Exporting a full-graph PNG at 2x through window.__explorerExport…');
    const ours = await withTimeout(
      page.evaluate(async (request): Promise<Exported | string> => {
        const hook = (
          window as unknown as {
            __explorerExport?: (r: unknown) => Promise<{ name: string; base64: string }>;
          }
        ).__explorerExport;
        if (!hook) return 'window.__explorerExport is not defined';
        const started = performance.now();
        const file = await hook({ kind: 'image', choices: request });
        const elapsed = performance.now() - started;
        const padding = file.base64.endsWith('==') ? 2 : file.base64.endsWith('=') ? 1 : 0;
        // A PNG's IHDR holds width and height, big-endian, at bytes 16–23. (No named helper
        // functions in here: tsx would wrap them in a __name() the page does not have.)
        const head = Uint8Array.from(atob(file.base64.slice(0, 32)), (c) => c.charCodeAt(0));
        const view = new DataView(head.buffer);
        return {
          ms: elapsed,
          bytes: (file.base64.length * 3) / 4 - padding,
          width: view.getUint32(16),
          height: view.getUint32(20),
        };
      }, choices),
      'our PNG export',
    );
    if (typeof ours === 'string') throw new BenchError(`${ours}: the client has no export hook`);
    log(`  ours: ${seconds(ours.ms)}, ${bytes(ours.bytes)}, ${ours.width}×${ours.height} px`);
    log(
      'Exporting the same with cy.png({ full: true, scale: 2 }) on a Cytoscape holding all of it…',
    );
    // Our canvas's Cytoscape holds only the window in view of a large graph: the baseline gets an
    // instance of its own with every element where ours draws it, in our stylesheet. The UMD
    // build is evaluated through the debugging protocol, which the page's CSP does not govern.
    await page.evaluate(readFileSync(cytoscapeUmd, 'utf8'));
    const baseline = await withTimeout(
      page.evaluate(async (): Promise<Exported> => {
        const page = window as unknown as {
          cytoscape: (options: object) => {
            png(options: object): Promise<Blob>;
            destroy(): void;
          };
          __explorer: {
            cy: { style(): { json(): unknown }; width(): number; height(): number };
            large: {
              current: {
                arrays: {
                  ids: string[];
                  captions: string[];
                  degree: Uint32Array;
                  edges: Uint32Array;
                  edgeIds: string[];
                };
                positions: Float64Array;
              };
            };
          };
        };
        const { cy, large } = page.__explorer;
        const { arrays, positions } = large.current;
        const elements: object[] = arrays.ids.map((id, i) => ({
          group: 'nodes',
          data: { id, label: arrays.captions[i], degree: arrays.degree[i] },
          position: { x: positions[2 * i], y: positions[2 * i + 1] },
        }));
        arrays.edgeIds.forEach((id, e) => {
          const source = arrays.ids[arrays.edges[2 * e]!];
          const target = arrays.ids[arrays.edges[2 * e + 1]!];
          elements.push({ group: 'edges', data: { id, source, target } });
        });
        const box = document.createElement('div');
        box.style.cssText = `position:fixed;left:0;top:0;width:${cy.width()}px;height:${cy.height()}px;visibility:hidden`;
        document.body.append(box);
        const full = page.cytoscape({
          container: box,
          elements,
          style: cy.style().json(),
          layout: { name: 'preset' },
        });
        const started = performance.now();
        const blob = await full.png({ full: true, scale: 2, output: 'blob-promise' });
        const elapsed = performance.now() - started;
        full.destroy();
        box.remove();
        const head = new DataView(await blob.slice(0, 24).arrayBuffer());
        return {
          ms: elapsed,
          bytes: blob.size,
          width: head.getUint32(16),
          height: head.getUint32(20),
        };
      }),
      'cy.png',
    );
    log(
      `  cy.png: ${seconds(baseline.ms)}, ${bytes(baseline.bytes)}, ${baseline.width}×${baseline.height} px`,
    );
    context.raw.export = { nodes, choices, ours, baseline };
    context.rows.push(
      figureRow({
        section: 'export',
        measure: `PNG ${size(nodes)} full 2x time (vs cy.png)`,
        ours: ours.ms,
        baseline: baseline.ms,
        format: seconds,
        target: { text: '≤ 3 s', met: ours.ms <= targetMs },
      }),
      figureRow({
        section: 'export',
        measure: `PNG size, ${ours.width}×${ours.height} (cy.png ${baseline.width}×${baseline.height})`,
        ours: ours.bytes,
        baseline: baseline.bytes,
        format: bytes,
      }),
    );
  } finally {
    await close();
  }
}
