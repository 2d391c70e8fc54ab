import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserStore } from '../../server/auth/user-store.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let listener: http.Server;
let heard: string[] = [];
let url = '';
beforeAll(async () => {
  // Its own Neo4j: it fingerprints the whole database while other files write users.
  app = await startTestApp({ ownNeo4j: true });
  // Something for the private-label queries to find, were they let through.
  await new UserStore(app.db).save('sandbox-admin', 'admin', 'sandbox-admin-password');
  // A local listener: a LOAD CSV that got through would show up here.
  listener = http.createServer((req, res) => {
    heard.push(req.url ?? '');
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/p`;
  heard = [];
}, 180_000);
afterAll(async () => {
  await new UserStore(app.db).remove('sandbox-admin');
  await app.close();
  await new Promise((resolve) => listener.close(resolve));
});

const query = (cypher: string) => app.send('POST', '/api/query', { cypher, params: {} });
const csv = () => url;

/** Each one was tried as an attack; every one must be refused and change nothing. */
const hostile: [string, () => string][] = [
  // Procedures and LOAD CSV hidden in subqueries Neo4j keeps inside expressions.
  [
    'a procedure in COLLECT in a list comprehension',
    () =>
      'RETURN [x IN [1] | COLLECT { CALL db.stats.retrieve("GRAPH COUNTS") YIELD section RETURN section }] AS r',
  ],
  [
    'LOAD CSV in COLLECT in a list comprehension',
    () => `RETURN [x IN [1] | COLLECT { LOAD CSV FROM "${csv()}" AS l RETURN l }] AS r`,
  ],
  [
    'a procedure in COUNT in CASE',
    () =>
      'RETURN CASE WHEN true THEN COUNT { CALL dbms.listConfig() YIELD name RETURN name } END AS r',
  ],
  [
    'LOAD CSV in EXISTS in CASE',
    () => `RETURN CASE WHEN EXISTS { LOAD CSV FROM "${csv()}" AS l RETURN l } THEN 1 END AS r`,
  ],
  [
    'a procedure in COLLECT in reduce',
    () =>
      'RETURN reduce(a = [], x IN [1] | a + COLLECT { CALL dbms.listConfig() YIELD name RETURN name }) AS r',
  ],
  [
    'LOAD CSV in a pattern comprehension',
    () =>
      `MATCH (n:Entity) RETURN [(n)--(m:Entity) | COLLECT { LOAD CSV FROM "${csv()}" AS l RETURN l }] AS r LIMIT 1`,
  ],
  [
    'LOAD CSV in a map projection',
    () =>
      `MATCH (n:Entity) RETURN n { .id, x: COLLECT { LOAD CSV FROM "${csv()}" AS l RETURN l } } AS r LIMIT 1`,
  ],
  [
    'a procedure two levels deep',
    () =>
      'RETURN [x IN [1] | [y IN [2] | COLLECT { CALL dbms.listConfig() YIELD name RETURN name }]] AS r',
  ],
  [
    'LOAD CSV three levels deep',
    () =>
      `RETURN [x IN [1] | COLLECT { WITH x AS y RETURN [z IN [y] | COUNT { LOAD CSV FROM "${csv()}" AS l RETURN l }] AS w }] AS r`,
  ],
  [
    'a procedure in a CALL block',
    () => 'CALL () { CALL dbms.listConfig() YIELD name RETURN name } RETURN name',
  ],
  ['LOAD CSV in a CALL block', () => `CALL () { LOAD CSV FROM "${csv()}" AS l RETURN l } RETURN l`],
  [
    'a procedure in a UNION branch',
    () => 'RETURN 1 AS x UNION CALL dbms.listConfig() YIELD name RETURN name AS x',
  ],
  [
    'LOAD CSV in a UNION branch',
    () => `RETURN [] AS x UNION LOAD CSV FROM "${csv()}" AS x RETURN x`,
  ],
  ['a write in COLLECT', () => 'RETURN COLLECT { CREATE (n:Intruder) RETURN n } AS r'],
  [
    'a write in COUNT in a list comprehension',
    () => 'RETURN [x IN [1] | COUNT { MERGE (n:Intruder) RETURN n }] AS r',
  ],
  [
    'a procedure in EXISTS in a list comprehension',
    () =>
      'RETURN [x IN [1] | EXISTS { CALL db.stats.retrieve("GRAPH COUNTS") YIELD section RETURN section }] AS r',
  ],
  [
    'an allow-listed procedure in COLLECT in a list comprehension',
    () => 'RETURN [x IN [1] | COLLECT { CALL db.labels() YIELD label RETURN label }] AS r',
  ],
  [
    'a procedure in COLLECT inside a CALL block',
    () =>
      'CALL () { RETURN [x IN [1] | COLLECT { CALL dbms.listConfig() YIELD name RETURN name }] AS r } RETURN r',
  ],
  [
    'LOAD CSV in COUNT in a UNION branch',
    () =>
      `RETURN 1 AS r UNION RETURN [x IN [1] | COUNT { LOAD CSV FROM "${csv()}" AS l RETURN l }] AS r`,
  ],
  [
    'a procedure behind USE in a nested COLLECT',
    () =>
      'RETURN [x IN [1] | COLLECT { USE neo4j CALL dbms.listConfig() YIELD name RETURN name }] AS r',
  ],
  [
    'a procedure in an OPTIONAL CALL',
    () => 'OPTIONAL CALL dbms.listConfig() YIELD name RETURN name',
  ],
  [
    'a procedure in ORDER BY',
    () =>
      'MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { CALL dbms.listConfig() YIELD name RETURN name } LIMIT 1',
  ],
  [
    'LOAD CSV in the WHERE of an allowed SHOW INDEXES',
    () =>
      `SHOW INDEXES YIELD name WHERE EXISTS { LOAD CSV FROM "${csv()}" AS l RETURN l } RETURN name`,
  ],
  [
    'a read batched with CALL IN TRANSACTIONS',
    () =>
      'UNWIND [1] AS i CALL (i) { MATCH (n:Entity) RETURN count(n) AS c } IN TRANSACTIONS RETURN c',
  ],
  [
    'an expression nested too deeply for Neo4j to plan',
    () => `WITH 1 AS a RETURN ${Array(1500).fill('a * a').join(' + ')} AS r`,
  ],
  // Other databases and administration.
  ['USE system', () => 'USE system SHOW USERS'],
  ['USE system with a read', () => 'USE system MATCH (n) RETURN n'],
  ['USE neo4j then SHOW', () => 'USE neo4j SHOW TRANSACTIONS'],
  [
    'SHOW TRANSACTIONS with YIELD',
    () => 'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN *',
  ],
  ['SHOW USERS', () => 'SHOW USERS'],
  ['SHOW CURRENT USER', () => 'SHOW CURRENT USER'],
  [
    'SHOW SETTINGS with WHERE',
    () => "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'dbms'",
  ],
  ['SHOW DATABASES', () => 'SHOW DATABASES'],
  ['SHOW SERVERS', () => 'SHOW SERVERS'],
  ['SHOW PRIVILEGES', () => 'SHOW PRIVILEGES'],
  ['SHOW ROLES', () => 'SHOW ROLES'],
  ['lower-case SHOW TRANSACTIONS', () => 'show transactions'],
  [
    'SHOW TRANSACTIONS with YIELD *, WHERE and RETURN',
    () => "SHOW TRANSACTIONS YIELD * WHERE username <> 'x' RETURN currentQuery",
  ],
  ['SHOW SETTINGS', () => 'SHOW SETTINGS'],
  ['TERMINATE TRANSACTIONS', () => "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['USE system with an allow-listed procedure', () => 'USE system CALL db.labels()'],
  ['lower-case terminate', () => "terminate transactions 'neo4j-transaction-1'"],
  [
    'SHOW then TERMINATE',
    () => 'SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id',
  ],
  ['changing the login password', () => "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'bbbbbbbb'"],
  // Procedures by name and plugins' names.
  ['dbms.listConfig', () => 'CALL dbms.listConfig()'],
  ['db.createLabel', () => "CALL db.createLabel('Intruder')"],
  ['db.stats.retrieve', () => "CALL db.stats.retrieve('GRAPH COUNTS')"],
  ['dbms.security procedure', () => 'CALL dbms.security.listUsers()'],
  ['an APOC-style procedure', () => `CALL apoc.load.json("${csv()}")`],
  ['an APOC-style cypher runner', () => "CALL apoc.cypher.run('MATCH (n) DETACH DELETE n', {})"],
  ['an APOC-style function', () => 'RETURN apoc.util.sleep(10) AS r'],
  ['an APOC-style function in a list', () => "RETURN [x IN [1] | apoc.text.join(['a'], ',')] AS r"],
  [
    'an APOC-style cypher runner as a function',
    () => "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) RETURN count(n)', {}) AS r",
  ],
  ['an APOC-style function in upper case', () => 'RETURN APOC.UTIL.SLEEP(10) AS r'],
  // The explorer's own accounts, sessions and audit trail.
  ['users by label', () => 'MATCH (u:ExplorerUser) RETURN u.passwordHash'],
  ['every node', () => 'MATCH (n) RETURN n.passwordHash AS h'],
  ['a node by internal id', () => 'MATCH (n) WHERE id(n) = 0 RETURN n'],
  ['a node by element id', () => "MATCH (n) WHERE elementId(n) = '4:x:0' RETURN n"],
  ['sessions by a label union', () => 'MATCH (s:Entity|ExplorerSession) RETURN s'],
  ['the audit trail by label negation', () => 'MATCH (a:!Entity) RETURN a'],
  ['a label in backticks', () => 'MATCH (u:`ExplorerUser`) RETURN u'],
  // Comments and unicode tricks.
  ['LOAD CSV split by a comment', () => `LOAD /* not csv */ CSV FROM "${csv()}" AS l RETURN l`],
  [
    'a procedure name split by comments',
    () => 'CALL dbms/* x */.listConfig() YIELD name RETURN name',
  ],
  ['a procedure in backticks', () => 'CALL `dbms`.`listConfig`() YIELD name RETURN name'],
  ['mixed-case LOAD CSV', () => `lOaD cSv FROM "${csv()}" AS l RETURN l`],
  [
    'a line comment hiding a newline',
    () => `RETURN 1 AS x // harmless\nUNION LOAD CSV FROM "${csv()}" AS x RETURN x`,
  ],
  ['a zero-width space in a keyword', () => `LOAD\u200bCSV FROM "${csv()}" AS l RETURN l`],
  ['a unicode escape in a name', () => 'CALL dbms.list\\u0043onfig() YIELD name RETURN name'],
  ['a look-alike letter in a procedure', () => 'CALL dbms.listСonfig() YIELD name RETURN name'],
  ['a newline inside a procedure name', () => 'CALL dbms.\nlistConfig() YIELD name RETURN name'],
  ['a procedure in upper case', () => 'CALL DB.STATS.RETRIEVE("GRAPH COUNTS")'],
  ['a comment hiding PROFILE', () => '/* x */ PROFILE MATCH (n:Entity) RETURN n'],
  ['a lower-case explain', () => 'explain MATCH (n:Entity) RETURN n'],
  ['EXPLAIN prefix', () => 'EXPLAIN MATCH (n:Entity) RETURN n'],
  ['PROFILE prefix', () => 'PROFILE MATCH (n:Entity) RETURN n'],
  [
    'a batched write',
    () => 'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Intruder {i: i}) } IN TRANSACTIONS RETURN i',
  ],
];

describe('the query sandbox', () => {
  it.each(hostile)(
    'when the query hides %s, then it is refused with a 4xx and nothing changes',
    async (_what, text) => {
      const before = await fingerprint(app.db);
      const { status, body } = await query(text());
      expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(status, JSON.stringify(body)).toBeLessThan(500);
      expect(body.error.code).toEqual(expect.any(String));
      expect(body.error.message).not.toMatch(/\n\s+at |scrypt\$/);
      expect(JSON.stringify(body)).not.toMatch(/scrypt|sandbox-admin/);
      expect(await fingerprint(app.db)).toEqual(before);
    },
  );

  it('when all of them have run, then the local listener heard no request (no LOAD CSV reached out)', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
    expect(heard).toEqual([]);
  });

  it.each([
    ['a plain read', 'MATCH (n:Entity {id: "shengshu"}) RETURN n.name AS name', [['ShengShu']]],
    [
      'an allow-listed procedure',
      'CALL db.labels() YIELD label WHERE label = "Company" RETURN label',
      [['Company']],
    ],
    [
      'a subquery Neo4j plans as operators',
      'MATCH (n:Entity {id: "shengshu"}) RETURN COUNT { (n)--(:Entity) } > 0 AS linked',
      [[true]],
    ],
    [
      "USE of the explorer's own database",
      'USE neo4j MATCH (n:Entity {id: "shengshu"}) RETURN n.name AS name',
      [['ShengShu']],
    ],
    [
      'a built-in namespaced function',
      'RETURN date.truncate("month", date("2026-03-15")) = date("2026-03-01") AS same',
      [[true]],
    ],
  ])('when the query is %s, then it still runs', async (_what, cypher, rows) => {
    const { status, body } = await query(cypher);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.rows).toEqual(rows);
  });

  it('when SHOW INDEXES is asked, then it answers', async () => {
    const { status, body } = await query('SHOW INDEXES YIELD name RETURN name');
    expect(status).toBe(200);
    expect(body.rows.flat()).toContain('entity_search');
  });
});
