import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/neo4j/database.ts';
import { launchChromium, watchPageErrors } from '../support/browser.ts';
import { startSeededNeo4j } from '../support/own-neo4j.ts';
import type { ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const driverScript = readFileSync(
  path.join(projectRoot, 'node_modules', 'neo4j-driver', 'lib', 'browser', 'neo4j-web.min.js'),
);

/** The attacker's page: tries a write over Bolt-on-WebSocket with each login given in the URL. */
const attackPage = `<!doctype html><meta charset="utf-8"><title>Innocent page</title>
<script src="/neo4j-web.min.js"></script>
<script>
  async function attempt(url, login, cypher) {
    const auth = login ? neo4j.auth.basic(login[0], login[1]) : neo4j.auth.none();
    const driver = neo4j.driver(url, auth, { connectionTimeout: 5000 });
    try {
      await driver.executeQuery(cypher);
      return 'succeeded';
    } catch (error) {
      return 'failed: ' + (error.code || error.message);
    } finally {
      await driver.close();
    }
  }
  window.attempt = attempt;
</script>`;

let site: http.Server;
let siteUrl: string;
let browser: Browser;
let db: Database;
let boltUrl: string;
// Its own Neo4j: the attacks' effect is judged by fingerprinting the whole database.
let own: ThrowawayNeo4j;

beforeAll(async () => {
  browser = await launchChromium();
  own = await startSeededNeo4j();
  db = openDatabase({ uri: own.uri, user: 'neo4j', password: own.password });
  boltUrl = `bolt://127.0.0.1:${own.port}`;
  // Another origin: a server of its own on another port, as any web page the user visits.
  site = http.createServer((req, res) => {
    if (req.url === '/neo4j-web.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(driverScript);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end(attackPage);
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await db?.close();
  await own?.stop();
  await new Promise((resolve) => site?.close(resolve));
});

const pwned = async () => {
  const rows = await db.read('query/fingerprint');
  return JSON.stringify(rows).includes('PwnedByWebPage');
};

describe('a web page on another origin against Bolt-on-WebSocket', () => {
  it('when it tries auth.none() and the usual passwords, then every write is refused and nothing is written', async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    await page.goto(siteUrl);
    const logins: ([string, string] | null)[] = [
      null,
      ['neo4j', ''],
      ['neo4j', 'neo4j'],
      ['neo4j', 'password'],
      ['neo4j', 'neo4j1234'],
      ['neo4j', 'admin'],
    ];
    const results = [];
    for (const login of logins) {
      results.push(
        await page.evaluate(
          ([url, each]) =>
            (window as any).attempt(url, each, 'CREATE (n:PwnedByWebPage) RETURN n') as string,
          [boltUrl, login] as const,
        ),
      );
    }
    expect(results).toHaveLength(logins.length);
    for (const result of results)
      expect(result).toMatch(/^failed: .*(Unauthorized|authentication|credentials)/i);
    expect(await pwned()).toBe(false);
    // The driver logs its refused connections; anything else would be a surprise.
    expect(errors.filter((message) => !/WebSocket|Bolt|Neo4j|Unauthorized/i.test(message))).toEqual(
      [],
    );
    await page.close();
  });

  it('when the page knows the real password, then it gets through: the channel is real and only the password stops it', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl);
    const result = await page.evaluate(
      ([url, password]) => (window as any).attempt(url, ['neo4j', password], 'RETURN 1') as string,
      [boltUrl, own.password] as const,
    );
    expect(result).toBe('succeeded');
    await page.close();
  });
});
