import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../server/config.ts';
import { BenchError } from './bench-error.ts';
import type { ClientBuild } from './client-build.ts';
import type { BenchContext } from './context.ts';
import { bytes } from './format.ts';
import { figureRow } from './table.ts';

const targetBytes = 300_000;

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The JS a first visit loads before anything else: the entry script and the modulepreload links
 * of index.html, gzipped; beside it the whole build's JS and cytoscape's own minified build.
 */
export function runBundle(context: BenchContext, build: ClientBuild): void {
  const html = readFileSync(path.join(build.dir, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1]!);
  if (initial.length === 0) {
    throw new BenchError('the built index.html names no entry script: check vite.config.ts.');
  }
  const files = initial.map((src) => path.join(build.dir, src.replace(/^\//, '')));
  const initialBytes = files.reduce((sum, file) => sum + gzipped(file), 0);
  const assets = path.join(build.dir, 'assets');
  const allJs = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const totalBytes = allJs.reduce((sum, name) => sum + gzipped(path.join(assets, name)), 0);
  const cytoscapeBytes = gzipped(
    path.join(projectRoot, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js'),
  );
  context.log(
    `initial JS (${initial.join(', ')}): ${bytes(initialBytes)} gzip; all ${allJs.length} JS files: ${bytes(totalBytes)}; cytoscape.min.js: ${bytes(cytoscapeBytes)}.`,
  );
  context.raw.bundle = {
    initial,
    initialGzipBytes: initialBytes,
    jsFiles: allJs.length,
    totalGzipBytes: totalBytes,
    cytoscapeMinGzipBytes: cytoscapeBytes,
    buildMs: build.buildMs,
  };
  context.rows.push(
    figureRow({
      section: 'bundle',
      measure: 'initial JS, gzip -9 (vs cytoscape.min.js alone)',
      ours: initialBytes,
      baseline: cytoscapeBytes,
      format: bytes,
      target: { text: '≤ 300 kB', met: initialBytes <= targetBytes },
    }),
    figureRow({
      section: 'bundle',
      measure: `all JS, ${allJs.length} files, gzip -9 (vs cytoscape.min.js)`,
      ours: totalBytes,
      baseline: cytoscapeBytes,
      format: bytes,
    }),
  );
}
