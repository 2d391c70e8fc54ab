import { existsSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, defaultClientDir } from './app.ts';
import { loadConfig } from './config.ts';
import { prepareDatabase } from './data-readiness.ts';
import { AppError, StartupError } from './errors.ts';
import { closeSharedBrowser, sharedBrowser } from './export/chromium.ts';
import { exportFormats, exportInBrowser, type ExportFormat } from './export/headless-export.ts';
import { connectNeo4j, type Connection } from './neo4j/connect.ts';
import { loadSeedData } from './seed/seed-data.ts';

const usage = `Usage: npm run export -- --view <id> --format <${exportFormats.join('|')}> --out FILE
         [--param name=value]… [--scale 1-4 | --width PX] [--background white|dark|transparent]
         [--area full|viewport] [--no-legend] [--caption] [--url http://localhost:3000]`;

class UsageError extends Error {}

function readArgs() {
  try {
    return parseArgs({
      options: {
        view: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        param: { type: 'string', multiple: true, default: [] },
        scale: { type: 'string' },
        width: { type: 'string' },
        background: { type: 'string' },
        area: { type: 'string' },
        'no-legend': { type: 'boolean', default: false },
        caption: { type: 'boolean', default: false },
        url: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parse() {
  const values = readArgs();
  if (values.help) throw new UsageError('');
  if (!values.view) throw new UsageError('--view is required.');
  if (!values.out) throw new UsageError('--out is required.');
  const format = values.format as ExportFormat | undefined;
  if (!format || !exportFormats.includes(format)) {
    throw new UsageError(`--format must be one of ${exportFormats.join(', ')}.`);
  }
  const params: Record<string, string> = {};
  for (const pair of values.param) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--param "${pair}" must look like name=value.`);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const number = (name: string, raw: string | undefined, min: number, max: number) => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new UsageError(`--${name} must be a number from ${min} to ${max}.`);
    }
    return value;
  };
  const oneOf = <T extends string>(
    name: string,
    raw: string | undefined,
    choices: readonly T[],
  ) => {
    if (raw === undefined) return undefined;
    if (!choices.includes(raw as T))
      throw new UsageError(`--${name} must be one of ${choices.join(', ')}.`);
    return raw as T;
  };
  const out = path.resolve(values.out);
  const folder = path.dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(`Cannot write ${out}: the folder ${folder} does not exist.`);
  }
  return {
    request: {
      view: values.view,
      params,
      format,
      scale: number('scale', values.scale, 1, 4),
      width: number('width', values.width, 100, 40_000),
      background: oneOf('background', values.background, ['white', 'dark', 'transparent'] as const),
      area: oneOf('area', values.area, ['full', 'viewport'] as const),
      legend: !values['no-legend'],
      caption: values.caption,
    },
    out,
    url: values.url,
  };
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/**
 * The explorer to render with: the one at --url (or a running `npm start`), else one started
 * here on a free port, on the configured Neo4j, stopped when done.
 */
async function explorer(
  url: string | undefined,
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const config = loadConfig();
  const candidate = url ?? `http://127.0.0.1:${config.PORT}`;
  if (await reachable(candidate)) return { baseUrl: candidate, stop: async () => {} };
  if (url)
    throw new StartupError(
      `No explorer answers at ${url}: start it with npm start, or leave out --url.`,
    );
  if (!existsSync(defaultClientDir)) {
    throw new StartupError(
      'The page is not built: run npm run build first (npm start does it too).',
    );
  }
  const data = loadSeedData();
  const quiet = () => {};
  const connection: Connection = await connectNeo4j(config, quiet);
  await prepareDatabase(connection.db, data, quiet);
  const app = createApp({
    db: connection.db,
    clientDir: defaultClientDir,
    queryLimits: {
      timeoutMs: config.QUERY_TIMEOUT_MS,
      rowCap: config.QUERY_ROW_CAP,
      maxBytes: config.QUERY_MAX_BYTES,
    },
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      server.close();
      await connection.close();
    },
  };
}

async function main(): Promise<void> {
  const { request, out, url } = parse();
  const target = await explorer(url);
  try {
    const started = Date.now();
    const file = await exportInBrowser(await sharedBrowser(), {
      ...request,
      baseUrl: target.baseUrl,
    });
    writeFileSync(out, file.bytes);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Wrote ${out} (${file.bytes.length.toLocaleString('en')} bytes, ${request.format}) in ${seconds} s.`,
    );
  } finally {
    await closeSharedBrowser();
    await target.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(`Error: ${error.message}`);
    console.error(usage);
  } else if (error instanceof AppError || error instanceof StartupError) {
    console.error(`Error: ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`Error: the export failed (${message}).`);
  }
  process.exit(1);
});
