import type { Browser } from 'playwright-core';
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
 * Cytoscape's own cy.png on the same page, once the layout has settled.
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
    log('Exporting the same with cy.png({ full: true, scale: 2 })…');
    const baseline = await withTimeout(
      page.evaluate(async (): Promise<Exported> => {
        const cy = (
          window as unknown as {
            __explorer: { cy: { png(options: object): Promise<Blob> } };
          }
        ).__explorer.cy;
        const started = performance.now();
        const blob = await cy.png({ full: true, scale: 2, output: 'blob-promise' });
        const elapsed = performance.now() - started;
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
