import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderImportTarget } from '../../server/import/folder-target.ts';
import { importIntoFreshDatabase, type ImportTarget } from '../../server/import/fresh-import.ts';
import { generatePassword } from '../../server/neo4j/credentials.ts';
import { hasStore } from '../../server/neo4j/offline-import.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';

let dir: string;
let target: ImportTarget;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'explorer-import-bad-'));
  target = folderImportTarget({
    dataDir: path.join(dir, 'data'),
    boltPort: await findFreePort(),
    password: generatePassword(),
    heapMb: 384,
    pageCacheMb: 64,
  });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const options = { importerHeapMb: 512, onProgress: () => {} };

describe('the offline import given bad input', () => {
  it('when a relationship names a missing entity, then it fails in one line and the folder stays new', async () => {
    const nodes = csv('nodes.csv', ['id:ID,:LABEL,name', 'ann,Entity;Person,Ann']);
    const relationships = csv('rels.csv', [':START_ID,:END_ID,:TYPE', 'ann,ghost,WORKS_AT']);
    await expect(
      importIntoFreshDatabase(target, {
        ...options,
        nodes: [nodes],
        relationships: [relationships],
      }),
    ).rejects.toThrow(/^The import failed \(.+\): fix the CSV files and import again/);
    expect(hasStore(target.dataDir)).toBe(false);
  }, 120_000);

  it('when a CSV file does not exist, then it names the file before starting anything', async () => {
    const missing = path.join(dir, 'nope.csv');
    await expect(
      importIntoFreshDatabase(target, { ...options, nodes: [missing], relationships: [] }),
    ).rejects.toThrow(`CSV file not found: ${missing}`);
    expect(hasStore(target.dataDir)).toBe(false);
  });
});
