import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { StartupError } from '../../server/errors.ts';
import { connectNeo4j } from '../../server/neo4j/connect.ts';
import { loadOrCreateCredentials } from '../../server/neo4j/credentials.ts';
import { parseAnswer } from '../../server/neo4j/database.ts';
import { findFreePort } from '../../server/neo4j/port-check.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'explorer-credentials-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Answers whether `password` opens the Neo4j at `uri` for the neo4j user. */
async function opens(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    // Answers false for a refused login, and throws for anything else.
    return await driver.verifyAuthentication();
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

describe('the credentials file', () => {
  it('when none exists, then a long random password is made, readable by this user only', () => {
    const file = path.join(scratch, 'fresh', 'credentials');
    const made = loadOrCreateCredentials(file);
    expect(made.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateCredentials(file)).toEqual(made);
    expect(loadOrCreateCredentials(path.join(scratch, 'other', 'credentials')).password).not.toBe(
      made.password,
    );
  });

  it('when a copy widened its mode, then it is narrowed to 0600 again', () => {
    const file = path.join(scratch, 'widened');
    writeFileSync(file, JSON.stringify({ user: 'neo4j', password: 'x'.repeat(40) }));
    chmodSync(file, 0o644);
    loadOrCreateCredentials(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('when it is damaged, then start-up stops with the way out', () => {
    const file = path.join(scratch, 'damaged');
    writeFileSync(file, 'not json', { mode: 0o600 });
    expect(() => loadOrCreateCredentials(file)).toThrow(StartupError);
    expect(() => loadOrCreateCredentials(file)).toThrow(/delete it and start again/);
  });
});

describe('the embedded Neo4j the app manages', () => {
  // Starts Neo4j twice; beside other files' Neo4j start-ups on two cores that takes minutes.
  it('when started, then only the generated password opens it, usage reporting is off, and a restart with a new password keeps the data (the migration of an older folder)', async () => {
    const dataDir = path.join(scratch, 'data');
    const credentialsFile = path.join(scratch, 'managed', 'credentials');
    const config = loadConfig({
      NEO4J_DATA_DIR: dataDir,
      NEO4J_CREDENTIALS_FILE: credentialsFile,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HEAP_MB: '256',
      NEO4J_PAGECACHE_MB: '64',
    });
    const uri = `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;

    const first = await connectNeo4j(config, () => {});
    const { password } = JSON.parse(readFileSync(credentialsFile, 'utf8')) as { password: string };
    try {
      expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
      for (const guess of ['', 'neo4j', 'password', 'admin'])
        expect(await opens(uri, guess)).toBe(false);
      expect(await opens(uri, password)).toBe(true);
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
      try {
        const { records } = await driver.executeQuery(
          "CALL dbms.listConfig('dbms.usage_report.enabled') YIELD value RETURN value",
        );
        expect(records.map((record) => record.get('value'))).toEqual(['false']);
        await driver.executeQuery("CREATE (:Kept {note: 'written before the password changed'})");
      } finally {
        await driver.close();
      }
    } finally {
      await first.close();
    }

    // A folder whose password differs from the file (made before passwords, or restored from
    // elsewhere) takes the file's password at the next start, keeping its data.
    rmSync(credentialsFile);
    const second = await connectNeo4j(config, () => {});
    try {
      const renewed = loadOrCreateCredentials(credentialsFile).password;
      expect(renewed).not.toBe(password);
      expect(await opens(uri, password)).toBe(false);
      expect(await opens(uri, renewed)).toBe(true);
      const kept = parseAnswer(
        await second.db.readOnlyQuery(
          'MATCH (k:Kept) RETURN k.note AS note',
          {},
          { timeoutMs: 5_000, rowCap: 10, maxBytes: 1_000_000 },
        ),
      );
      expect(kept.rows).toEqual([['written before the password changed']]);
    } finally {
      await second.close();
    }
  }, 240_000);
});
