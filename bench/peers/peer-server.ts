import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { BenchError, oneLine } from '../bench-error.ts';
import type { Cleanup } from '../cleanup.ts';
import { listenOnLoopback, proxyToApp } from '../loopback-server.ts';

/** The peer pages, by the path they are served at, with their entry under bench/peers/. */
export const peerEntries = {
  sigma: 'sigma-page.ts',
  'cytoscape-webgl': 'cytoscape-webgl-page.ts',
} as const;
export type PeerName = keyof typeof peerEntries;

const peersDir = path.dirname(fileURLToPath(import.meta.url));

/** A full-window box for the graph and the page's bundle; nothing else on the page. */
const pageHtml = (name: PeerName) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${name}</title>
<style>html,body{margin:0;width:100%;height:100%;overflow:hidden}#graph{position:absolute;inset:0}</style>
</head><body><div id="graph"></div><script src="/${name}.js"></script></body></html>`;

/** Bundles one page entry as ours is built for production: minified, one script. */
async function bundle(entry: string): Promise<string> {
  try {
    const result = await esbuild.build({
      entryPoints: [path.join(peersDir, entry)],
      bundle: true,
      format: 'iife',
      write: false,
      minify: true,
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  } catch (error) {
    throw new BenchError(`esbuild could not bundle bench/peers/${entry}: ${oneLine(error)}`);
  }
}

/**
 * A tiny loopback server for the peer pages: each at /<name>/?limit=N, its bundle (made once,
 * here) at /<name>.js, and /api/* passed on to the app, so the pages load the very answer ours
 * loads. Returns its base address.
 */
export async function startPeerServer(appPort: number, cleanup: Cleanup): Promise<string> {
  const scripts = new Map<string, string>();
  for (const [name, entry] of Object.entries(peerEntries)) {
    scripts.set(`/${name}.js`, await bundle(entry));
  }
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const peer = url.pathname.slice(1, -1);
    if (url.pathname.startsWith('/api/')) {
      proxyToApp(request, response, appPort);
    } else if (scripts.has(url.pathname)) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts.get(url.pathname));
    } else if (peer in peerEntries && url.pathname.endsWith('/')) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(pageHtml(peer as PeerName));
    } else {
      response.writeHead(404).end();
    }
  });
  return listenOnLoopback(server, cleanup, 'close the peer page server');
}
