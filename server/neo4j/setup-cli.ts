import { StartupError } from '../errors.ts';
import { ensureEmbeddedInstalled } from './embedded-install.ts';
import { requireJava } from './java-runtime.ts';

/** `npm run neo4j:setup`: fetches the embedded Neo4j ahead of the first start (CI uses it). */
try {
  requireJava();
  await ensureEmbeddedInstalled((message) => console.log(message));
  console.log('The embedded Neo4j is ready.');
} catch (error) {
  console.error(
    `Error: ${error instanceof StartupError ? error.message : (error as Error).message}`,
  );
  process.exit(1);
}
