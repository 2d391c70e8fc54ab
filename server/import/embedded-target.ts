import type { Config } from '../config.ts';
import { StartupError } from '../errors.ts';
import { connectNeo4j } from '../neo4j/connect.ts';
import { ensureEmbeddedInstalled } from '../neo4j/embedded-install.ts';
import { isPortFree } from '../neo4j/port-check.ts';
import type { ImportTarget } from './fresh-import.ts';

/**
 * The embedded Neo4j the configuration names, as an import target: its data folder, running
 * when its Bolt port is taken, started the way `npm start` starts it. Installs the jars first,
 * since the importer is one of them.
 */
export async function embeddedImportTarget(
  config: Config,
  log: (message: string) => void,
): Promise<ImportTarget> {
  if (config.NEO4J_URI) {
    throw new StartupError(
      'The offline import fills the embedded Neo4j only: unset NEO4J_URI (for another Neo4j, run its own neo4j-admin database import).',
    );
  }
  await ensureEmbeddedInstalled(log);
  return {
    dataDir: config.NEO4J_DATA_DIR,
    isRunning: async () => !(await isPortFree(config.NEO4J_BOLT_PORT)),
    open: () => connectNeo4j(config, log),
  };
}
