import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { loadCypherCatalog } from '../../server/neo4j/cypher-files.ts';
import { driverConfig } from '../../server/neo4j/database.ts';
import {
  checkPlan,
  type PlannedQuery,
  type SandboxContext,
} from '../../server/neo4j/query-plan-check.ts';
import {
  runReadOnlyQuery,
  type QueryLimits,
  type SandboxQueries,
} from '../../server/neo4j/read-only-query.ts';

/**
 * The sandbox in this thread, against the shared seeded Neo4j. The app runs it in a worker
 * thread (query-worker.ts), which the security suite reaches through HTTP; here each of its
 * refusals and translations is called directly, so a mutation run can see every branch, and
 * each case names the exact status and code a person would get. Nothing here writes: every
 * write is refused before it runs, and would run in a READ transaction if it were not.
 */
/** A driver to the shared Neo4j, configured as the app's query workers configure theirs. */
const openDriver = () =>
  neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', inject('boltPassword')), driverConfig);

let driver: Driver;
let queries: SandboxQueries;
beforeAll(() => {
  driver = openDriver();
  const catalog = loadCypherCatalog();
  queries = {
    endpoints: catalog.get('query/nodes-by-element-id')!,
    builtinFunctions: catalog.get('query/builtin-functions')!,
  };
});
afterAll(() => driver.close());

const limits: QueryLimits = { timeoutMs: 10_000, rowCap: 1_000, maxBytes: 10_000_000 };

const run = (cypher: string, params: Record<string, unknown> = {}, bounds = limits) =>
  runReadOnlyQuery(driver, undefined, cypher, params, bounds, queries);

/** What the sandbox answered: the AppError's status, code and message, or the rows it ran. */
async function outcome(cypher: string, params: Record<string, unknown> = {}, bounds = limits) {
  try {
    const payload = await run(cypher, params, bounds);
    return { status: 200, code: '', message: '', payload };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
}

const unreachable = 'http://127.0.0.1:9/nothing.csv';

/**
 * [what, status, code, a phrase its message must hold, cypher]. An expression too deep for Neo4j
 * to plan is left to the security suite (query-sandbox.test.ts): planning it keeps a Neo4j thread
 * busy for a second, and for over ten when several mutation workers ask at once, which would
 * fail this file for reasons of load, not of the code under test.
 */
const refusals: [string, number, string, RegExp, string][] = [
  ['EXPLAIN', 400, 'unsupported_query', /EXPLAIN and PROFILE/, 'EXPLAIN MATCH (n:Entity) RETURN n'],
  [
    'a lower-case, indented profile',
    400,
    'unsupported_query',
    /EXPLAIN and PROFILE/,
    '  profile MATCH (n:Entity) RETURN n',
  ],
  [
    'a write',
    403,
    'write_refused',
    /writes to the database; queries here run read-only/,
    'CREATE (n:Intruder) RETURN n',
  ],
  [
    'a write after a read',
    403,
    'write_refused',
    /writes to the database/,
    'MATCH (n:Entity) WITH n LIMIT 1 SET n.x = 1',
  ],
  [
    'a write procedure',
    403,
    'write_refused',
    /writes to the database/,
    "CALL db.createLabel('Intruder')",
  ],
  [
    'a schema change',
    403,
    'write_refused',
    /changes the schema or runs an administration command/,
    'CREATE INDEX intruder IF NOT EXISTS FOR (n:Entity) ON (n.x)',
  ],
  [
    'an administration procedure',
    403,
    'write_refused',
    /runs an administration command/,
    'CALL dbms.listConfig() YIELD name RETURN name',
  ],
  [
    'LOAD CSV',
    403,
    'query_refused',
    /^Refused: LOAD CSV reads files and URLs outside the graph\.$/,
    `LOAD CSV FROM '${unreachable}' AS line RETURN line`,
  ],
  [
    'a read batched in transactions',
    400,
    'unsupported_query',
    /drop IN TRANSACTIONS/,
    'UNWIND [1] AS i CALL (i) { MATCH (n:Entity) RETURN count(n) AS c } IN TRANSACTIONS RETURN c',
  ],
  [
    'SHOW TRANSACTIONS',
    403,
    'query_refused',
    /only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS/,
    'SHOW TRANSACTIONS',
  ],
  ['SHOW SETTINGS', 403, 'query_refused', /only SHOW INDEXES/, 'SHOW SETTINGS'],
  [
    'TERMINATE TRANSACTIONS',
    403,
    'query_refused',
    /only SHOW INDEXES/,
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  ],
  [
    'every node',
    403,
    'query_refused',
    /must start from a label or a relationship/,
    'MATCH (n) RETURN n.name AS name',
  ],
  [
    'a node by internal id',
    403,
    'query_refused',
    /must start from a label/,
    'MATCH (n) WHERE id(n) = 0 RETURN n',
  ],
  [
    'a node by element id',
    403,
    'query_refused',
    /must start from a label/,
    "MATCH (n) WHERE elementId(n) = '4:x:0' RETURN n",
  ],
  [
    'a read procedure off the list',
    403,
    'procedure_refused',
    /procedure db\.index\.fulltext\.queryNodes is not available here \(allowed: db\.labels, db\.relationshipTypes, /,
    "CALL db.index.fulltext.queryNodes('entity_search', 'x') YIELD node RETURN node",
  ],
  ['db.info', 403, 'procedure_refused', /procedure db\.info is not available/, 'CALL db.info()'],
  [
    'a subquery kept inside an expression',
    403,
    'query_refused',
    /COLLECT, COUNT or EXISTS subquery inside an expression/,
    'RETURN [x IN [1] | COLLECT { MATCH (n:Entity) RETURN n.id }] AS r',
  ],
  [
    'COUNT inside CASE',
    403,
    'query_refused',
    /COLLECT, COUNT or EXISTS/,
    'RETURN CASE WHEN true THEN COUNT { MATCH (n:Entity) RETURN n } END AS r',
  ],
  [
    "the explorer's users",
    403,
    'query_refused',
    /own accounts and audit trail are not readable/,
    'MATCH (u:ExplorerUser) RETURN u.passwordHash',
  ],
  [
    'sessions by a label union',
    403,
    'query_refused',
    /own accounts/,
    'MATCH (s:Entity|ExplorerSession) RETURN s',
  ],
  [
    'a missing parameter',
    400,
    'cypher_error',
    /^ParameterMissing: .*\bid\b/,
    'MATCH (n:Entity {id: $id}) RETURN n',
  ],
  ['a division by zero', 400, 'cypher_error', /^ArithmeticError: \/ by zero$/, 'RETURN 1 / 0 AS x'],
  [
    'an unknown runtime option',
    400,
    'cypher_error',
    /^ArgumentError: nope is not a valid option/,
    'CYPHER runtime=nope RETURN 1',
  ],
  [
    'a value that does not parse (an error without a position)',
    400,
    'cypher_error',
    /^SyntaxError: Text cannot be parsed to a Duration$/,
    "RETURN duration('x') AS d",
  ],
  [
    'a plugin function Neo4j does not have',
    400,
    'cypher_syntax_error',
    /^SyntaxError: Unknown function 'apoc\.util\.sleep' \(line 1, column 8\)$/,
    'RETURN apoc.util.sleep(10) AS r',
  ],
];

describe('the sandbox, called in this thread', () => {
  it.each(refusals)(
    'when the query is %s, then it is refused as %i %s',
    async (_what, status, code, message, cypher) => {
      const answer = await outcome(cypher);
      expect({ status: answer.status, code: answer.code }, answer.message).toEqual({
        status,
        code,
      });
      expect(answer.message).toMatch(message);
    },
  );

  it('when the text has a syntax error on its first line, then the position counts from the text as sent, not from the EXPLAIN added before it', async () => {
    const answer = await outcome('MATCH (n:Entity RETURN n');
    expect(answer.status).toBe(400);
    expect(answer.code).toBe('cypher_syntax_error');
    expect(answer.message).toMatch(/^SyntaxError: .* \(line 1, column 17\)$/);
    expect(answer.details).toEqual({ position: { line: 1, column: 17, offset: 16 } });
  });

  it('when the syntax error is on a later line, then only the offset moves back, not the column', async () => {
    const answer = await outcome('MATCH (n:Entity)\nRETURN n LIMT 1');
    expect(answer.code).toBe('cypher_syntax_error');
    expect(answer.details).toEqual({ position: { line: 2, column: 10, offset: 26 } });
    expect(answer.message).toMatch(/\(line 2, column 10\)$/);
  });

  it('when the syntax error is past line 9, then its line number is read whole', async () => {
    const answer = await outcome(`${'MATCH (n:Entity)\n'.repeat(11)}RETURN n LIMT 1`);
    expect(answer.details).toMatchObject({ position: { line: 12, column: 10 } });
  });

  it('when a query runs past its time limit, then it is cancelled and answered 408', async () => {
    const answer = await outcome(
      'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
      {},
      { ...limits, timeoutMs: 500 },
    );
    expect([answer.status, answer.code]).toEqual([408, 'query_timeout']);
    expect(answer.message).toMatch(/past its time limit/);
  });

  it('when a query needs more memory than one query may use, then it is answered 422', async () => {
    const answer = await outcome(
      'UNWIND range(1, 20000000) AS x WITH collect(x) AS c RETURN size(c) AS n',
    );
    expect([answer.status, answer.code]).toEqual([422, 'query_memory_limit']);
    expect(answer.message).toMatch(/more memory than one query may use/);
  });
});

describe("the sandbox's knowledge of the server", () => {
  it('when asking Neo4j for its function names fails, then the next query asks again rather than keeping the failure', async () => {
    // A driver of its own: the sandbox keeps what it learnt per driver.
    const own = openDriver();
    try {
      const broken = { ...queries, builtinFunctions: 'RETURN no_such_variable AS name' };
      await expect(
        runReadOnlyQuery(own, undefined, 'RETURN 1 AS x', {}, limits, broken),
      ).rejects.toThrow(/no_such_variable/);
      const payload = await runReadOnlyQuery(own, undefined, 'RETURN 1 AS x', {}, limits, queries);
      expect(payload.rows).toEqual([[1]]);
    } finally {
      await own.close();
    }
  });
});

describe('what the sandbox lets through', () => {
  it('when a read names its label, then it runs with its parameters as data', async () => {
    const payload = await run('MATCH (n:Entity {id: $id}) RETURN n.name AS name', {
      id: 'shengshu',
    });
    expect(payload.columns).toEqual(['name']);
    expect(payload.rows).toEqual([['ShengShu']]);
    expect(payload.truncated).toBe(false);
  });

  it.each([
    [
      'an allowed procedure',
      'CALL db.labels() YIELD label WHERE label = "Company" RETURN label',
      [['Company']],
    ],
    [
      'SHOW CONSTRAINTS',
      'SHOW CONSTRAINTS YIELD name WHERE name = "entity_id" RETURN name',
      [['entity_id']],
    ],
    [
      'SHOW PROCEDURES',
      'SHOW PROCEDURES YIELD name WHERE name = "db.labels" RETURN name',
      [['db.labels']],
    ],
    [
      'SHOW FUNCTIONS',
      'SHOW FUNCTIONS YIELD name WHERE name = "date.truncate" RETURN name',
      [['date.truncate']],
    ],
    [
      'a text that holds the word explain',
      'RETURN "explain profile" AS words',
      [['explain profile']],
    ],
    [
      'SHOW INDEXES',
      'SHOW INDEXES YIELD name WHERE name = "entity_search" RETURN name',
      [['entity_search']],
    ],
    [
      "USE of the explorer's database",
      'USE neo4j MATCH (n:Entity {id: "vidu"}) RETURN n.name AS name',
      [['Vidu']],
    ],
    [
      'a built-in namespaced function',
      'RETURN date.truncate("month", date("2026-03-15")) = date("2026-03-01") AS same',
      [[true]],
    ],
    [
      'a subquery Neo4j plans as operators',
      'MATCH (n:Entity {id: "shengshu"}) RETURN COUNT { (n)--(:Entity) } > 0 AS linked',
      [[true]],
    ],
  ])('when the query is %s, then it runs', async (_what, cypher, rows) => {
    expect((await run(cypher)).rows).toEqual(rows);
  });

  it('when there are exactly as many records as the cap, then all come back and none is said to be cut', async () => {
    const payload = await run('MATCH (n:Entity) RETURN n.id AS id', {}, { ...limits, rowCap: 45 });
    expect(payload.rows).toHaveLength(45);
    expect(payload.truncated).toBe(false);
  });

  it('when there are more records than the cap, then the cap comes back, said to be cut', async () => {
    const payload = await run('MATCH (n:Entity) RETURN n.id AS id', {}, { ...limits, rowCap: 44 });
    expect(payload.rows).toHaveLength(44);
    expect(payload.truncated).toBe(true);
  });

  it('when the answer holds a node, a relationship, a path, a list and a map, then each cell names what it holds and the graph holds each once', async () => {
    const payload = await run(
      `MATCH p = (a:Entity {id: "shengshu"})-[r:DEVELOPS]->(b:Entity {id: "vidu"})
       RETURN a, r, p, [b] AS ends, {who: b, count: 2} AS info`,
    );
    const shengshu = { kind: 'node', id: 'shengshu', caption: 'ShengShu', labels: ['Company'] };
    const vidu = { kind: 'node', id: 'vidu', caption: 'Vidu', labels: ['Product'] };
    expect(payload.columns).toEqual(['a', 'r', 'p', 'ends', 'info']);
    expect(payload.rows).toEqual([
      [
        shengshu,
        {
          kind: 'relationship',
          id: 'shengshu-DEVELOPS-vidu',
          type: 'DEVELOPS',
          source: 'shengshu',
          target: 'vidu',
        },
        { kind: 'path', length: 1, nodes: ['shengshu', 'vidu'] },
        [vidu],
        { who: vidu, count: 2 },
      ],
    ]);
    expect(payload.nodes.map((node) => [node.id, node.labels, node.caption]).sort()).toEqual([
      ['shengshu', ['Company'], 'ShengShu'],
      ['vidu', ['Product'], 'Vidu'],
    ]);
    expect(payload.edges).toEqual([
      expect.objectContaining({
        id: 'shengshu-DEVELOPS-vidu',
        type: 'DEVELOPS',
        source: 'shengshu',
        target: 'vidu',
        properties: expect.objectContaining({ sourceId: 'nextfin-alibaba-shengshu' }),
      }),
    ]);
  });

  it('when only a path is returned, then its nodes and relationships are drawn from it', async () => {
    const payload = await run(
      'MATCH p = (:Entity {id: "shengshu"})-[:DEVELOPS]->(:Entity {id: "vidu"}) RETURN p',
    );
    expect(payload.nodes.map((node) => node.id).sort()).toEqual(['shengshu', 'vidu']);
    expect(payload.edges.map((edge) => edge.id)).toEqual(['shengshu-DEVELOPS-vidu']);
  });

  it('when nodes come only inside a map of lists, then they are found there and drawn', async () => {
    const payload = await run(
      'MATCH (a:Entity {id: "shengshu"}), (b:Entity {id: "vidu"}) RETURN {pair: [a, b]} AS m',
    );
    expect(payload.nodes.map((node) => node.id).sort()).toEqual(['shengshu', 'vidu']);
    expect(payload.edges).toEqual([]);
  });

  it('when a node has a title but no name, then the title is its caption', async () => {
    const payload = await run('MATCH (s:Source {id: "nextfin-alibaba-shengshu"}) RETURN s');
    expect(payload.rows[0]![0]).toMatchObject({
      kind: 'node',
      id: 'nextfin-alibaba-shengshu',
      caption: expect.stringMatching(/world model/i),
      labels: ['Source'],
    });
  });

  it('when only relationships are returned, then their ends are fetched so each edge can be drawn', async () => {
    const payload = await run(
      'MATCH (:Entity {id: "shengshu"})-[r]->(:Entity {id: "vidu"}) RETURN r',
    );
    expect(payload.edges.map((edge) => [edge.source, edge.target])).toEqual([['shengshu', 'vidu']]);
    expect(payload.nodes.map((node) => node.id).sort()).toEqual(['shengshu', 'vidu']);
  });
});

describe('the plan check on what a plan may hold', () => {
  const context: SandboxContext = {
    builtinFunctions: new Set(['date.truncate']),
    database: 'neo4j',
  };
  const operator = (operatorType: string, details = '', children: unknown[] = []) => ({
    operatorType,
    identifiers: [],
    arguments: { Details: details },
    children,
  });
  /** What EXPLAIN would answer for a read planned as `plan` against `database` (null: none named). */
  const read = (plan: unknown, database: string | null = 'neo4j'): PlannedQuery => ({
    queryType: 'r',
    plan: plan as PlannedQuery['plan'],
    database: database ?? undefined,
  });
  const check = (plan: unknown, database = 'neo4j') => {
    try {
      checkPlan(read(plan, database), context);
      return 'allowed';
    } catch (error) {
      return (error as AppError).code;
    }
  };

  // What Neo4j 5.26 renders today is covered above; these are the renderings the checks guard
  // against in case a later Neo4j prints a plan differently.
  it.each([
    ['no plan at all', false, 'query_refused'],
    [
      'a procedure call left in an expression',
      operator('Projection@neo4j', 'ResolvedCall(dbms.listConfig())'),
      'procedure_refused',
    ],
    ['a CALL clause in details', operator('Projection@neo4j', 'CALL {x}'), 'procedure_refused'],
    ['LOAD CSV in details', operator('Projection@neo4j', 'LOAD  CSV FROM $x'), 'query_refused'],
    ['a dynamic label', operator('Filter@neo4j', 'n:$(label)'), 'query_refused'],
    ['a dynamic label, any of', operator('Filter@neo4j', 'n: $any(labels)'), 'query_refused'],
    ['a dynamic label, all of', operator('Filter@neo4j', 'n:$all(labels)'), 'query_refused'],
    [
      'an operator on another database, deep down',
      operator('ProduceResults@neo4j', '', [
        operator('Filter@neo4j', '', [operator('NodeByLabelScan@system', 'n:User')]),
      ]),
      'query_refused',
    ],
    [
      'a refused operator deep down',
      operator('ProduceResults@neo4j', '', [
        operator('Apply@neo4j', '', [
          operator('Argument@neo4j'),
          operator('AllNodesScan@neo4j', 'n'),
        ]),
      ]),
      'query_refused',
    ],
    ['a procedure call with no name', operator('ProcedureCall@neo4j', ''), 'procedure_refused'],
    [
      'an allowed procedure with a built-in function in its arguments',
      operator('ProcedureCall@neo4j', 'db.labels(date.truncate("month", $d))'),
      'allowed',
    ],
    [
      'a built-in namespaced function',
      operator('Projection@neo4j', 'date.truncate("month", $d) AS m'),
      'allowed',
    ],
    [
      'a spaced namespaced call',
      operator('Projection@neo4j', 'apoc . util . sleep (1)'),
      'function_refused',
    ],
    [
      'a plugin function in upper case',
      operator('Projection@neo4j', 'APOC.UTIL.SLEEP(1)'),
      'function_refused',
    ],
    [
      'a plugin function in backticks',
      operator('Projection@neo4j', '`apoc`.`util`.sleep(1)'),
      'function_refused',
    ],
    [
      'a built-in function in upper case',
      operator('Projection@neo4j', 'DATE.TRUNCATE("month", $d)'),
      'allowed',
    ],
    [
      "a plugin function in an allowed procedure's arguments",
      operator('ProcedureCall@neo4j', 'db.labels(apoc.text.join($l, ","))'),
      'function_refused',
    ],
    [
      'an allowed procedure, spaced',
      operator('ProcedureCall@neo4j', ' db.labels () :: (label :: STRING)'),
      'allowed',
    ],
    ['an allowed SHOW command', operator('ShowIndexes@neo4j', 'allIndexes'), 'allowed'],
    ['another SHOW command', operator('ShowUsers@neo4j'), 'query_refused'],
    ['a TERMINATE command', operator('TerminateTransactions@neo4j'), 'query_refused'],
    [
      'a node by element id',
      operator('NodeByElementIdSeek@neo4j', 'n WHERE elementId(n) = $x'),
      'query_refused',
    ],
    ['a word that ends in CALL', operator('Projection@neo4j', 'RECALL (x) AS r'), 'allowed'],
    [
      'CALL right before its parenthesis',
      operator('Projection@neo4j', 'CALL(x)'),
      'procedure_refused',
    ],
    ['CALL before a name', operator('Projection@neo4j', 'CALL db AS x'), 'procedure_refused'],
    [
      'a spaced ResolvedCall',
      operator('Projection@neo4j', 'ResolvedCall (db.x())'),
      'procedure_refused',
    ],
    [
      'a subquery with no space before its brace',
      operator('Projection@neo4j', 'COLLECT{x}'),
      'query_refused',
    ],
    ['a spaced dynamic label', operator('Filter@neo4j', 'n: $ any(labels)'), 'query_refused'],
    [
      'a partitioned scan of every node',
      operator('PartitionedAllNodesScan@neo4j', 'n'),
      'query_refused',
    ],
    [
      'an operator with no details at all',
      { operatorType: 'Argument@neo4j', identifiers: [], children: [] },
      'allowed',
    ],
    ['a batched subquery', operator('TransactionApply@neo4j'), 'unsupported_query'],
    ['a batched FOREACH', operator('TransactionForeach@neo4j'), 'unsupported_query'],
    ['an administration command', operator('AdministrationCommand@neo4j'), 'query_refused'],
    [
      'a property read that looks like a name',
      operator('Projection@neo4j', 'n.name AS name'),
      'allowed',
    ],
  ])('when the plan holds %s, then it is %s', (_what, plan, expected) => {
    expect(check(plan)).toBe(expected);
  });

  it('when a plan calls a function Neo4j does not ship, then the refusal names it in lower case', () => {
    expect(() =>
      checkPlan(read(operator('Projection@neo4j', '`Apoc` . Util.sleep(1)')), context),
    ).toThrow(/^Refused: function apoc\.util\.sleep is not a built-in function of Neo4j\.$/);
  });

  it.each([
    ['no plan', false, /^Refused: Neo4j gave no plan for this query, so it cannot be checked\.$/],
    ['another database', operator('ProduceResults@system'), /can be queried here, not system\.$/],
    [
      'a procedure with no name',
      operator('ProcedureCall@neo4j', ''),
      /^Refused: procedure call is not available here/,
    ],
    [
      'a procedure call in an expression',
      operator('Projection@neo4j', 'ResolvedCall(db.x())'),
      /^Refused: a procedure call inside an expression cannot be checked here\.$/,
    ],
    [
      'a dynamic label',
      operator('Filter@neo4j', 'n:$(x)'),
      /^Refused: dynamic labels and types cannot be checked here; name them\.$/,
    ],
  ])('when the plan holds %s, then the refusal says why', (_what, plan, message) => {
    expect(() => checkPlan(read(plan), context)).toThrow(message);
  });

  it('when neither the plan nor an operator names a database, then nothing is refused for it', () => {
    expect(() => checkPlan(read(operator('Filter'), null), context)).not.toThrow();
  });

  it('when the plan names another database, then it is refused; when the server names none, any is its own', () => {
    expect(check(operator('ProduceResults@neo4j'), 'system')).toBe('query_refused');
    const unnamed: SandboxContext = { ...context, database: undefined };
    expect(() => checkPlan(read(operator('ProduceResults@other'), 'other'), unnamed)).not.toThrow();
  });
});
