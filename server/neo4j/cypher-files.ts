import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

const cypherDir = path.join(projectRoot, 'cypher');

/** Every query of the app, by file name without `.cypher` (e.g. `graph/all-nodes`). */
export type CypherCatalog = ReadonlyMap<string, string>;

/** Reads every `.cypher` file under cypher/ once, at boot. */
export function loadCypherCatalog(root = cypherDir): CypherCatalog {
  const catalog = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(root, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        catalog.set(name, readFileSync(full, 'utf8'));
      }
    }
  };
  walk(root);
  return catalog;
}

/**
 * Splits a file of schema statements on `;` at line ends. Only for files of our own that hold
 * several DDL statements; a `;` inside a string literal is not supported there.
 */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
