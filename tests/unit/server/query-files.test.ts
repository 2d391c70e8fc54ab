import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.ts';
import { loadCypherCatalog } from '../../../server/neo4j/cypher-files.ts';
import { openDatabase } from '../../../server/neo4j/database.ts';
import { queryFiles } from '../../../server/neo4j/query-registry.ts';
import { StartupError } from '../../../server/errors.ts';

// Nothing listens here: opening a database must fail before any connection is tried.
const nowhere = { uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' };

let copy: string;
beforeEach(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'cypher-'));
  cpSync(path.join(projectRoot, 'cypher'), copy, { recursive: true });
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

/** Opens a database on the copied queries; closes it if it opened after all. */
async function openOn(root: string): Promise<void> {
  const db = openDatabase(nowhere, loadCypherCatalog(root));
  await db.close();
}

describe('query files at boot', () => {
  it('when every query file is there, then the database opens', async () => {
    await expect(openOn(copy)).resolves.toBeUndefined();
  });

  it('when a query file the server uses is missing, then opening fails at once, naming the file', async () => {
    unlinkSync(path.join(copy, 'graph', 'paths.cypher'));
    const opening = openOn(copy);
    await expect(opening).rejects.toBeInstanceOf(StartupError);
    await expect(opening).rejects.toThrow('cypher/graph/paths.cypher');
  });

  it('when a query file holds only comments, then opening fails at once, naming the file', async () => {
    writeFileSync(path.join(copy, 'schema-summary.cypher'), '// Answers: nothing yet.\n');
    await expect(openOn(copy)).rejects.toThrow('cypher/schema-summary.cypher');
  });

  it('when several query files are missing, then the message names each, in the plural', async () => {
    const gone = queryFiles.filter((name) => name === 'graph/paths' || name === 'graph/overview');
    for (const name of gone) unlinkSync(path.join(copy, `${name}.cypher`));
    await expect(openOn(copy)).rejects.toMatchObject({
      message: `Missing query files ${gone.map((name) => `cypher/${name}.cypher`).join(', ')}: restore it from the repository.`,
    });
  });

  it('when one file is missing, then the message is in the singular', async () => {
    unlinkSync(path.join(copy, 'graph', 'paths.cypher'));
    await expect(openOn(copy)).rejects.toMatchObject({
      message: 'Missing query file cypher/graph/paths.cypher: restore it from the repository.',
    });
  });

  it('when files hold only indented comments and blank lines, then each is named as empty', async () => {
    const blank = queryFiles.filter(
      (name) => name === 'schema-summary' || name === 'graph/overview-stamp',
    );
    for (const name of blank) {
      writeFileSync(
        path.join(copy, `${name}.cypher`),
        '  // Answers: nothing yet.\n   \n\t// still nothing\n',
      );
    }
    await expect(openOn(copy)).rejects.toMatchObject({
      message: `Empty query files ${blank.map((name) => `cypher/${name}.cypher`).join(', ')}: it holds no Cypher.`,
    });
    writeFileSync(path.join(copy, 'graph', 'overview-stamp.cypher'), '  RETURN 1\n');
    await expect(openOn(copy)).rejects.toMatchObject({
      message: 'Empty query file cypher/schema-summary.cypher: it holds no Cypher.',
    });
  });

  it('when a query file is under cypher/, then the server registers it (views and bench aside)', () => {
    const ownFiles = [...loadCypherCatalog().keys()].filter(
      (name) => !name.startsWith('views/') && !name.startsWith('bench/'),
    );
    expect([...queryFiles].sort()).toEqual(ownFiles.sort());
  });
});
