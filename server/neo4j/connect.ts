import type { Config } from '../config.ts';
import { loadCypherCatalog } from './cypher-files.ts';
import { openDatabase, type Database } from './database.ts';
import { loadOrCreateCredentials } from './credentials.ts';
import { ensureEmbeddedInstalled, type ProgressListener } from './embedded-install.ts';
import { EmbeddedSupervisor, type DatabaseState } from './embedded-supervisor.ts';
import { isPortFree } from './port-check.ts';
import { queryTextsOf } from './query-texts.ts';

export interface Connection {
  db: Database;
  /** Where it is, for the start-up banner. */
  description: string;
  /**
   * 'recovering' while the embedded Neo4j is being restarted after a crash; an external Neo4j is
   * always 'up' here (the driver finds out when it is not).
   */
  state(): DatabaseState;
  /** Closes the driver, then stops the embedded Neo4j if we started one. */
  close(): Promise<void>;
}

/** How often the embedded Neo4j is asked whether it answers, and after how many silences it is replaced. */
const watchEveryMs = 5_000;
const silencesBeforeReplacing = 3;

/** A process can be alive and still not answer (stuck in GC, stopped): such a Neo4j is replaced. */
function watchResponsiveness(db: Database, supervisor: EmbeddedSupervisor): NodeJS.Timeout {
  let silences = 0;
  let checking = false;
  const timer = setInterval(() => {
    if (checking || supervisor.state !== 'up') return;
    checking = true;
    db.ping()
      .then(() => (silences = 0))
      .catch(() => {
        silences += 1;
        if (silences >= silencesBeforeReplacing) {
          silences = 0;
          supervisor.replaceUnresponsive();
        }
      })
      .finally(() => (checking = false));
  }, watchEveryMs);
  timer.unref();
  return timer;
}

/**
 * Connects to the Neo4j the configuration names: NEO4J_URI when set, else the embedded one,
 * fetched on first use and started as a child process.
 */
export async function connectNeo4j(
  config: Config,
  onProgress: ProgressListener,
  options: {
    /**
     * When the embedded Neo4j already runs (a running `npm start`), connect to it with the stored
     * password instead of failing on the busy port. For tools used beside the app.
     */
    joinRunning?: boolean;
  } = {},
): Promise<Connection> {
  // Checked before anything starts: a missing or empty query file stops start-up here, named,
  // rather than after an embedded Neo4j was started for nothing.
  const catalog = loadCypherCatalog();
  queryTextsOf(catalog);
  if (config.NEO4J_URI) {
    const db = openDatabase(
      {
        uri: config.NEO4J_URI,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
      },
      catalog,
    );
    return { db, description: config.NEO4J_URI, state: () => 'up', close: () => db.close() };
  }

  if (options.joinRunning && !(await isPortFree(config.NEO4J_BOLT_PORT))) {
    const credentials = loadOrCreateCredentials(config.NEO4J_CREDENTIALS_FILE);
    const uri = `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
    const db = openDatabase(
      { uri, user: credentials.user, password: credentials.password },
      catalog,
    );
    return {
      db,
      description: `the running embedded Neo4j at ${uri}`,
      state: () => 'up',
      close: () => db.close(),
    };
  }
  await ensureEmbeddedInstalled(onProgress);
  onProgress(`Starting embedded Neo4j 5.26 on bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}…`);
  const started = Date.now();
  const credentials = loadOrCreateCredentials(config.NEO4J_CREDENTIALS_FILE);
  const supervisor = new EmbeddedSupervisor(
    {
      password: credentials.password,
      dataDir: config.NEO4J_DATA_DIR,
      boltPort: config.NEO4J_BOLT_PORT,
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
    },
    onProgress,
  );
  const embedded = await supervisor.start();
  onProgress(`Neo4j is up after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const db = openDatabase(
    { uri: embedded.uri, user: embedded.user, password: embedded.password },
    catalog,
  );
  const watchdog = watchResponsiveness(db, supervisor);
  return {
    db,
    description: `embedded Neo4j at ${embedded.uri} (data in ${config.NEO4J_DATA_DIR})`,
    state: () => supervisor.state,
    async close() {
      clearInterval(watchdog);
      await db.close();
      await supervisor.stop();
    },
  };
}
