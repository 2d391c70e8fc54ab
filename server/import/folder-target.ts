import { openDatabase } from '../neo4j/database.ts';
import { startEmbeddedNeo4j, type EmbeddedOptions } from '../neo4j/embedded-process.ts';
import { isPortFree } from '../neo4j/port-check.ts';
import type { ImportTarget } from './fresh-import.ts';

/**
 * A data folder of its own as an import target, started directly rather than through the
 * configuration (the bench and the tests import into throwaway folders on free ports).
 */
export function folderImportTarget(
  options: Omit<EmbeddedOptions, 'onUnexpectedExit' | 'java'>,
): ImportTarget {
  return {
    dataDir: options.dataDir,
    isRunning: async () => !(await isPortFree(options.boltPort)),
    async open() {
      const neo4j = await startEmbeddedNeo4j(options);
      const db = openDatabase({ uri: neo4j.uri, user: neo4j.user, password: options.password });
      return {
        db,
        async close() {
          await db.close();
          await neo4j.stop();
        },
      };
    },
  };
}
