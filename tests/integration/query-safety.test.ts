import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// A Neo4j of this file's own: the whole database is fingerprinted to prove refused queries
// changed nothing, which a file writing beside it would break.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ownNeo4j: true });
}, 180_000);
afterAll(() => app?.close());

const query = (cypher: string, params: Record<string, unknown> = {}) =>
  app.send('POST', '/api/query', { cypher, params });

/** Everything the database holds, so a refused query can be proven to have changed nothing. */
async function snapshot() {
  const [data] = await app.db.read('query/fingerprint');
  const indexes = await app.db.read('schema-indexes');
  const constraints = await app.db.read('schema-constraints');
  return { data, indexes, constraints };
}

const writeAttempts: [string, string][] = [
  ['CREATE', 'CREATE (n:Intruder {name: "x"}) RETURN n'],
  ['MERGE', "MERGE (n:Entity {id: 'intruder'}) RETURN n"],
  ['SET', "MATCH (n:Entity {id: 'shengshu'}) SET n.name = 'Hacked' RETURN n"],
  ['SET label', "MATCH (n:Entity {id: 'shengshu'}) SET n:Hacked RETURN n"],
  ['DELETE', "MATCH (n:Entity {id: 'vidu'}) DETACH DELETE n"],
  ['REMOVE', "MATCH (n:Entity {id: 'shengshu'}) REMOVE n.name RETURN n"],
  ['write after a read', 'MATCH (n:Entity) WITH n LIMIT 1 CREATE (m:Intruder) RETURN m'],
  ['write in a subquery', 'CALL () { CREATE (m:Intruder) } RETURN 1 AS x'],
  ['FOREACH write', 'MATCH (n:Entity) FOREACH (x IN [1] | SET n.touched = true)'],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['CREATE INDEX', 'CREATE INDEX intruder IF NOT EXISTS FOR (n:Entity) ON (n.x)'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id IF EXISTS'],
  ['CREATE DATABASE', 'CREATE DATABASE intruder'],
  ['CREATE USER', "CREATE USER intruder SET PASSWORD 'secret-password'"],
  ['SHOW USERS', 'SHOW USERS'],
  ['write procedure', "CALL db.createLabel('Intruder')"],
  ['config procedure', 'CALL dbms.listConfig() YIELD name RETURN name'],
  ["SHOW TRANSACTIONS (other people's queries)", 'SHOW TRANSACTIONS'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['SHOW SETTINGS', 'SHOW SETTINGS'],
  [
    'batched write',
    'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Intruder {i: i}) } IN TRANSACTIONS RETURN i',
  ],
];

describe('ad-hoc Cypher is read-only', () => {
  it.each(writeAttempts)(
    'when the query does %s, then it is refused and nothing changes',
    async (_what, cypher) => {
      const before = await snapshot();
      const { status, body } = await query(cypher);
      expect([400, 403], JSON.stringify(body)).toContain(status);
      expect(body.error.code).toMatch(/refused|unsupported|cypher/);
      expect(body.error.message).not.toMatch(/\n\s+at /);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('when a saved view would write, then saving it is refused and nothing is stored', async () => {
    const before = await snapshot();
    const { status, body } = await app.send('POST', '/api/views', {
      title: 'Sneaky',
      cypher: "MATCH (n:Entity {id: 'shengshu'}) SET n.name = 'Hacked' RETURN n",
    });
    expect(status).toBe(403);
    expect(body.error.code).toBe('write_refused');
    expect(await snapshot()).toEqual(before);
  });

  it('when values come as $params, then they are data, never Cypher', async () => {
    const before = await snapshot();
    const { status, body } = await query('MATCH (n:Entity) WHERE n.name = $name RETURN n', {
      name: "x'}) DETACH DELETE n //",
    });
    expect(status).toBe(200);
    expect(body.rows).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('ad-hoc Cypher answers', () => {
  it('when a query returns nodes, relationships and paths, then the graph part holds them all by slug', async () => {
    const { status, body } = await query(
      "MATCH p = (:Entity {id: 'zhu-jun'})-[:FOUNDED]->(c) RETURN p, c.name AS company",
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(['p', 'company']);
    expect(body.nodes.map((n: any) => n.id).sort()).toEqual(['shengshu', 'zhu-jun']);
    expect(body.edges).toEqual([
      expect.objectContaining({
        id: 'zhu-jun-FOUNDED-shengshu',
        source: 'zhu-jun',
        target: 'shengshu',
      }),
    ]);
    expect(body.rows).toEqual([
      [{ kind: 'path', length: 1, nodes: ['zhu-jun', 'shengshu'] }, 'ShengShu'],
    ]);
  });

  it('when only relationships are returned, then their end nodes are fetched so they can be drawn', async () => {
    const { body } = await query('MATCH ()-[r:LED]->() RETURN r');
    expect(body.edges).toHaveLength(2);
    expect(body.nodes.map((n: any) => n.id).sort()).toEqual([
      'alibaba',
      'alibaba-cloud',
      'shengshu-series-b',
    ]);
  });

  it('when the result is not graph-shaped, then it comes back as a table only', async () => {
    const { body } = await query(
      'MATCH (n:Entity) RETURN n.camp AS camp, count(*) AS entities ORDER BY camp',
    );
    expect(body.nodes).toEqual([]);
    expect(body.columns).toEqual(['camp', 'entities']);
    expect(body.rows.map((row: any[]) => row[0])).toEqual([
      'both',
      'llm',
      'neutral',
      'world-model',
    ]);
  });

  it("when the Cypher has a syntax error, then Neo4j's message comes back with its position in the text as sent", async () => {
    const { status, body } = await query('MATCH (n:Entity)\nRETRUN n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher_syntax_error');
    expect(body.error.message).toMatch(/RETRUN/);
    expect(body.error.position).toEqual({ line: 2, column: 1, offset: 17 });
  });

  it('when the error is on the first line, then the column counts from the start of the text', async () => {
    const { body } = await query('MATCH (n RETURN n');
    expect(body.error.position).toMatchObject({ line: 1, column: 10, offset: 9 });
  });

  it('when a $param is missing, then the answer names it', async () => {
    const { status, body } = await query('MATCH (n:Entity {id: $id}) RETURN n');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/id/);
  });

  it('when the body is not JSON or has no cypher, then it answers 400', async () => {
    expect((await app.send('POST', '/api/query', 'not json')).body.error.code).toBe('invalid_json');
    expect((await app.send('POST', '/api/query', {})).body.error.message).toBe(
      'Parameter "cypher" is required.',
    );
  });
});

describe('limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    // Long enough for a first query's planning on a busy machine (the suites run side by side),
    // short enough that the runaway below is cut within seconds.
    limited = await startTestApp({ queryLimits: { timeoutMs: 3_000, rowCap: 10 } });
  });
  afterAll(() => limited.close());

  it('when a query returns more records than the cap, then it answers the cap and truncated', async () => {
    const { status, body } = await limited.send('POST', '/api/query', {
      cypher: 'MATCH (a:Entity), (b:Entity) RETURN a.id, b.id',
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(10);
    expect(body.truncated).toBe(true);
  });

  it('when a runaway query passes the timeout, then it is cancelled and reported while other requests are answered', async () => {
    let runawaySettled = false;
    const runaway = limited
      .send('POST', '/api/query', {
        cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 123456 RETURN count(*) AS n',
      })
      .finally(() => (runawaySettled = true));
    // Meanwhile the server keeps answering: health comes back while the runaway still runs.
    const health = await limited.get('/api/health');
    expect(health.status).toBe(200);
    expect(runawaySettled).toBe(false);

    const { status, body } = await runaway;
    expect(status).toBe(408);
    expect(body.error.code).toBe('query_timeout');
    // Neo4j is still healthy afterwards.
    expect((await limited.get('/api/health')).status).toBe(200);
  });
});
