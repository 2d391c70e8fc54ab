import { buildSync } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');

/** Where the query worker is bundled to (git-ignored, like the built page). */
export const workerBundle = path.join(projectRoot, 'dist', 'server', 'query-worker.mjs');

let built = false;

/**
 * Bundles the query worker into one plain JavaScript file, once per process (~50 ms). A worker
 * thread that loaded TypeScript through tsx's hooks would make every new worker, even a
 * replacement started mid-traffic, hold the main thread for 100+ ms while modules load; a
 * plain bundle starts without touching the main thread.
 */
export function ensureWorkerBundle(): string {
  if (built) return workerBundle;
  const result = buildSync({
    entryPoints: [path.join(here, 'query-worker.ts')],
    outfile: workerBundle,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // neo4j-driver and the rest come from node_modules at run time, as for the server.
    packages: 'external',
    logLevel: 'warning',
  });
  // Written aside, then renamed: test processes bundling at once never load a half-written file.
  const partial = `${workerBundle}.${process.pid}.tmp`;
  mkdirSync(path.dirname(workerBundle), { recursive: true });
  writeFileSync(partial, result.outputFiles[0]!.contents);
  renameSync(partial, workerBundle);
  built = true;
  return workerBundle;
}
