import { createReadStream } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../server/config.ts';
import { BenchError } from './bench-error.ts';
import { freshPage, longTasksUntil, type LongTasks } from './browser.ts';
import type { Cleanup } from './cleanup.ts';
import { waitFor } from './explorer-page.ts';
import { listenOnLoopback, proxyToApp } from './loopback-server.ts';

/** The UMD builds the naive page loads, in dependency order (each registers a global). */
const vendor: Record<string, string> = {
  'cytoscape.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
  'layout-base.js': 'node_modules/layout-base/layout-base.js',
  'cose-base.js': 'node_modules/cose-base/cose-base.js',
  'cytoscape-fcose.js': 'node_modules/cytoscape-fcose/cytoscape-fcose.js',
};

/**
 * The naive way: every element into Cytoscape at once and fcose on the main thread, no
 * animation; the first frame is the one after layoutstop.
 */
const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>naive</title>
<style>html,body,#cy{margin:0;width:100%;height:100%}</style>
${Object.keys(vendor)
  .map((name) => `<script src="/vendor/${name}"></script>`)
  .join('\n')}
</head><body><div id="cy"></div><script>
cytoscape.use(cytoscapeFcose);
const limit = new URLSearchParams(location.search).get('limit');
fetch('/api/graph?limit=' + limit)
  .then((response) => {
    if (!response.ok) throw new Error('GET /api/graph answered ' + response.status);
    return response.json();
  })
  .then((graph) => {
    const elements = [];
    for (const n of graph.nodes) elements.push({ group: 'nodes', data: { id: n.id, label: n.caption } });
    for (const e of graph.edges) elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target } });
    window.__naiveNodes = graph.nodes.length;
    cytoscape({
      container: document.getElementById('cy'),
      elements,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 8, width: 12, height: 12 } },
        { selector: 'edge', style: { width: 1 } },
      ],
      layout: {
        name: 'fcose',
        animate: false,
        stop: () => requestAnimationFrame(() => performance.mark('naive:first-frame')),
      },
    });
  })
  .catch((error) => { window.__naiveError = String(error); });
</script></body></html>`;

/** A tiny same-origin server: the naive page, its scripts, and /api/* passed on to the app. */
export async function startNaiveServer(appPort: number, cleanup: Cleanup): Promise<string> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      proxyToApp(request, response, appPort);
    } else if (url.pathname.startsWith('/vendor/') && vendor[url.pathname.slice(8)]) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      createReadStream(path.join(projectRoot, vendor[url.pathname.slice(8)]!)).pipe(response);
    } else if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else {
      response.writeHead(404).end();
    }
  });
  return listenOnLoopback(server, cleanup, 'close the naive page server');
}

/** The naive page's time to its first frame, or `finished: false` past the cap. */
export type NaiveTiming =
  | { finished: true; firstFrameMs: number; longTasks: LongTasks }
  | { finished: false; capMs: number };

export async function timeNaivePage(
  browser: Browser,
  baseUrl: string,
  nodes: number,
  capMs: number,
): Promise<NaiveTiming> {
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(`${baseUrl}/?limit=${nodes}`, { waitUntil: 'commit' });
    let seen: number | string;
    try {
      seen = await waitFor(
        page,
        (): number | string | false => {
          const failed = (window as unknown as { __naiveError?: string }).__naiveError;
          if (failed) return failed;
          return performance.getEntriesByName('naive:first-frame')[0]?.startTime ?? false;
        },
        undefined,
        capMs,
        'cap',
      );
    } catch (error) {
      if (error instanceof BenchError && error.message === 'cap') return { finished: false, capMs };
      throw error;
    }
    if (typeof seen === 'string') throw new BenchError(`the naive page failed: ${seen}`);
    return { finished: true, firstFrameMs: seen, longTasks: await longTasksUntil(page, seen) };
  } finally {
    // A page still busy with fcose is killed with its context.
    await close();
  }
}
