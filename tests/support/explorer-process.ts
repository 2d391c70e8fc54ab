import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../server/config.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';

export interface ExplorerProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  baseUrl: string;
  exited: Promise<number | null>;
}

/**
 * `npm start`'s server as a process of its own, with its own embedded Neo4j in `scratch`
 * (credentials and data there too); resolves once it says it is ready.
 */
export async function startExplorerProcess(
  scratch: string,
  env: Record<string, string> = {},
): Promise<ExplorerProcess> {
  const port = await findFreePort();
  let output = '';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'server', 'index.ts')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_DATA_DIR: path.join(scratch, 'data'),
        NEO4J_CREDENTIALS_FILE: path.join(scratch, 'credentials'),
        NEO4J_HEAP_MB: '384',
        NEO4J_PAGECACHE_MB: '64',
        ...env,
      },
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start in 120 s:\n${output}`)), 120_000);
    child.stdout!.on('data', () => {
      if (output.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`exited:\n${output}`)));
  });
  return { child, output: () => output, baseUrl: `http://127.0.0.1:${port}`, exited };
}
