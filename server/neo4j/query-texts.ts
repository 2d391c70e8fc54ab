import { StartupError } from '../errors.ts';
import type { CypherCatalog } from './cypher-files.ts';
import { queryFiles, type QueryFile } from './query-registry.ts';

/** The text of every query the server uses, checked once at start-up. */
export type QueryTexts = Readonly<Record<QueryFile, string>>;

/** True when a file holds nothing but comments and blank lines. */
const isBlank = (text: string) =>
  text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('//'));

/**
 * Picks the server's queries out of the catalog. A file that is missing or empty stops start-up
 * here, with its name, instead of answering 500 the first time someone needs it.
 */
export function queryTextsOf(catalog: CypherCatalog): QueryTexts {
  const missing = queryFiles.filter((name) => !catalog.has(name));
  if (missing.length > 0) {
    throw new StartupError(
      `Missing query file${missing.length > 1 ? 's' : ''} ${missing.map((name) => `cypher/${name}.cypher`).join(', ')}: restore it from the repository.`,
    );
  }
  const blank = queryFiles.filter((name) => isBlank(catalog.get(name)!));
  if (blank.length > 0) {
    throw new StartupError(
      `Empty query file${blank.length > 1 ? 's' : ''} ${blank.map((name) => `cypher/${name}.cypher`).join(', ')}: it holds no Cypher.`,
    );
  }
  return Object.fromEntries(queryFiles.map((name) => [name, catalog.get(name)!])) as QueryTexts;
}
