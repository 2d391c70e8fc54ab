import type { Server } from 'node:http';
import { createApp, defaultClientDir } from './app.ts';
import { loadConfig } from './config.ts';
import { overviewCache } from './services/overview-cache.ts';
import { warmUp } from './warm-up.ts';
import { prepareDatabase } from './data-readiness.ts';
import { StartupError } from './errors.ts';
import { closeSharedExportHost } from './export/export-host.ts';
import { connectNeo4j, type Connection } from './neo4j/connect.ts';
import { loadSeedData } from './seed/seed-data.ts';
import { describeAccess } from './auth/access-banner.ts';
import { reportEventLoop } from './diagnostics/event-loop-report.ts';

const log = (message: string) => console.log(message);

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
    server.once('error', reject);
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${port} is busy: stop what uses it or start with PORT=<another port>.`,
      );
    }
    throw error;
  }) as Promise<Server>;
}

/** How long requests under way may take to finish once a stop is asked for. */
const drainMs = 10_000;

/**
 * Stops taking connections, lets requests under way finish (a write commits or fails whole,
 * never cut mid-answer), and after `drainMs` closes whatever is still open.
 */
async function drain(server: Server | undefined): Promise<void> {
  if (!server) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), drainMs);
  await closed;
  clearTimeout(timer);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const data = loadSeedData();
  // For soak tests: the event loop's delay, written where they can read it.
  const reportFile = process.env.EXPLORER_EVENT_LOOP_REPORT;
  const eventLoop = reportFile ? reportEventLoop(reportFile) : undefined;
  let connection: Connection | undefined;
  let server: Server | undefined;
  let stopping = false;

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping the explorer and its database…`);
    await drain(server);
    await eventLoop?.stop();
    await closeSharedExportHost();
    await connection?.close();
    log('Stopped. The data stays in place for the next start.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('Ctrl+C'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    connection = await connectNeo4j(config, log);
    await prepareDatabase(connection.db, data, log, { seed: config.SEED_ON_START });
    // Computed now, while the page is being opened: a million entities take seconds to group.
    // Then the page's first queries are planned (warm-up.ts); neither holds up listening.
    const overviews = overviewCache(connection.db);
    const db = connection.db;
    overviews
      .get()
      .then(() => warmUp(db))
      .catch(() => {});
    const app = createApp({
      db: connection.db,
      overviews,
      clientDir: defaultClientDir,
      databaseState: connection.state,
      rateLimits: {
        queriesPerMinute: config.QUERIES_PER_MINUTE,
        exportsPerMinute: config.EXPORTS_PER_MINUTE,
      },
      queryLimits: {
        timeoutMs: config.QUERY_TIMEOUT_MS,
        rowCap: config.QUERY_ROW_CAP,
        maxBytes: config.QUERY_MAX_BYTES,
      },
      security: {
        auth: config.EXPLORER_AUTH,
        publicUrl: config.PUBLIC_URL,
        allowedHosts: config.ALLOWED_HOSTS,
      },
    });
    server = await listen(app, config.PORT, config.HOST);
    eventLoop?.reset();
  } catch (error) {
    await connection?.close();
    throw error;
  }
  const shownHost =
    config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  log(
    `Ecosystem Explorer is ready at http://${shownHost}:${config.PORT} (Neo4j: ${connection.description}).`,
  );
  log(await describeAccess(config, connection.db));
  log('Press Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(`Error: ${error.message}`);
  else console.error(`Error: could not start (${(error as Error).message ?? String(error)}).`);
  process.exit(1);
});
