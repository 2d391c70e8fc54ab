import { buildSync } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where worker bundles are written (git-ignored, like the built page). */
const bundleDir = path.join(projectRoot, 'dist', 'server');

const built = new Set<string>();

/**
 * Bundles a worker's entry file into one plain JavaScript file, once per process (~50 ms), and
 * answers its path. A worker thread that loaded TypeScript through tsx's hooks would make every
 * new worker, even a replacement started mid-traffic, hold the main thread for 100+ ms while
 * modules load; a plain bundle starts without touching the main thread.
 */
export function ensureWorkerBundle(entryFile: string): string {
  const outfile = path.join(bundleDir, `${path.basename(entryFile, '.ts')}.mjs`);
  if (built.has(outfile)) return outfile;
  const result = buildSync({
    entryPoints: [entryFile],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // neo4j-driver, playwright-core and the rest come from node_modules at run time.
    packages: 'external',
    logLevel: 'warning',
  });
  // Written aside, then renamed: test processes bundling at once never load a half-written file.
  const partial = `${outfile}.${process.pid}.tmp`;
  mkdirSync(bundleDir, { recursive: true });
  writeFileSync(partial, result.outputFiles[0]!.contents);
  renameSync(partial, outfile);
  built.add(outfile);
  return outfile;
}
