import neo4j, { type Driver, type ManagedTransaction, type Node } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import { isConnectionLoss, memoryCodes } from './neo4j-error-codes.ts';
import { checkPlan, type SandboxContext } from './query-plan-check.ts';
import { ResultCollector, type QueryPayload } from './result-shape.ts';

/** Bounds on a query a person typed or saved. */
export interface QueryLimits {
  /** Server-side transaction timeout; Neo4j cancels the query after it. */
  timeoutMs: number;
  /** Most records read; the rest are discarded and the answer says `truncated`. */
  rowCap: number;
  /** Largest answer in bytes of JSON; past it the query is refused with 413. */
  maxBytes: number;
}

const explainPrefix = 'EXPLAIN ';

/** The app's own queries the sandbox needs, from cypher/query/. */
export interface SandboxQueries {
  /** nodes-by-element-id: fetches relationship ends the query left out. */
  endpoints: string;
  /** builtin-functions: Neo4j's own function names (its summary names the database, too). */
  builtinFunctions: string;
}

const contextCache = new WeakMap<Driver, Map<string, Promise<SandboxContext>>>();

/**
 * Neo4j's built-in function names (lower case) and the database the sandbox runs against (from
 * the same answer's summary), asked once per driver and database; a failed ask is asked again.
 */
function sandboxContextOf(
  driver: Driver,
  database: string | undefined,
  query: string,
): Promise<SandboxContext> {
  let byDatabase = contextCache.get(driver);
  if (!byDatabase) contextCache.set(driver, (byDatabase = new Map()));
  const key = database ?? '';
  let cached = byDatabase.get(key);
  if (!cached) {
    cached = driver
      .executeQuery(query, {}, { database, routing: neo4j.routing.READ })
      .then(({ records, summary }) => ({
        builtinFunctions: new Set(records.map((r) => String(r.get('name')).toLowerCase())),
        database: summary.database.name ?? undefined,
      }));
    cached.catch(() => byDatabase.delete(key));
    byDatabase.set(key, cached);
  }
  return cached;
}

/**
 * Runs text a person wrote, read-only by construction: Neo4j first plans it (EXPLAIN) and
 * anything that is not a pure read is refused before it runs; then it runs in a READ transaction
 * (which Neo4j itself would also refuse to write in) with a timeout, streaming at most
 * `rowCap` records.
 */
export async function runReadOnlyQuery(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
  queries: SandboxQueries,
): Promise<QueryPayload> {
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(cypher)) {
    throw new AppError(
      400,
      'unsupported_query',
      'EXPLAIN and PROFILE are not supported here; run the query itself.',
    );
  }
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: 1000,
  });
  try {
    const plan = await session
      .executeRead((tx) => tx.run(explainPrefix + cypher, params), { timeout: limits.timeoutMs })
      .catch((error: unknown) => {
        throw unplannable(error) ?? translate(error, explainPrefix.length);
      });
    checkPlan(
      {
        queryType: plan.summary.queryType,
        plan: plan.summary.plan,
        database: plan.summary.database.name ?? undefined,
      },
      await sandboxContextOf(driver, database, queries.builtinFunctions),
    );

    return await session
      .executeRead(
        (tx) =>
          collect(tx, cypher, params, limits, queries).catch(async (error: unknown) => {
            // Neo4j calls a memory limit transient, and the driver would run the same query
            // again for seconds; it would only hit the same limit, so it is answered at once.
            const code = (error as { code?: string }).code ?? '';
            if (memoryCodes.has(code)) throw translate(error, 0);
            // Neo4j drops the connection when one record is more than its network buffers can
            // hold; the driver would run the query again. If Neo4j still answers, the row was it.
            if (isConnectionLoss(error) && (await answers(driver, database))) throw rowTooLarge();
            throw error;
          }),
        { timeout: limits.timeoutMs },
      )
      .catch((error: unknown) => {
        throw translate(error, 0);
      });
  } finally {
    await session.close();
  }
}

/** Whether Neo4j takes a new connection now. */
function answers(driver: Driver, database: string | undefined): Promise<boolean> {
  return driver.verifyConnectivity({ database }).then(
    () => true,
    () => false,
  );
}

function rowTooLarge(): AppError {
  return new AppError(
    413,
    'answer_too_large',
    'One row of this answer is too large for Neo4j to send (a list or text of many megabytes): return fewer items per row, e.g. a slice such as list[0..1000].',
  );
}

/** Streams at most `rowCap` records into the answer's shape, fetching missing relationship ends. */
async function collect(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
  queries: SandboxQueries,
): Promise<QueryPayload> {
  const result = tx.run(cypher, params);
  const columns = await result.keys();
  const collector = new ResultCollector();
  let count = 0;
  let truncated = false;
  for await (const record of result) {
    if (count === limits.rowCap) {
      truncated = true;
      break;
    }
    collector.add(record);
    count += 1;
  }
  const missing = collector.missingEndpoints();
  if (missing.length > 0) {
    const ends = await tx.run(queries.endpoints, { ids: missing });
    collector.addNodes(ends.records.map((record) => record.get('n') as Node));
  }
  return collector.result(columns as string[], truncated);
}

/** Neo4j error codes that mean "the query text is wrong", answered 400 with Neo4j's message. */
const queryErrorCodes = new Set([
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Statement.SemanticError',
  'Neo.ClientError.Statement.ParameterMissing',
  'Neo.ClientError.Statement.TypeError',
  'Neo.ClientError.Statement.ArgumentError',
  'Neo.ClientError.Statement.ArithmeticError',
  'Neo.ClientError.Statement.EntityNotFound',
  'Neo.ClientError.Procedure.ProcedureNotFound',
  'Neo.ClientError.Procedure.ProcedureCallFailed',
]);

/**
 * Neo4j error codes that mean "this would write or administer" (NotSystemDatabaseError: an
 * administration command, such as SHOW SERVERS, this database does not take).
 */
const writeErrorCodes =
  /^Neo\.ClientError\.(Statement\.AccessMode|Statement\.UnsupportedAdministrationCommand|Statement\.NotSystemDatabaseError|Security\.)/;

/**
 * Neo4j fails to report some planning failures: an expression nested past its stack overflows,
 * its FAILURE message cannot be encoded, and the driver sees only IGNORED (code `N/A`). While
 * planning, that is the query's doing, not an outage: answered 400 rather than 500.
 */
function unplannable(error: unknown): AppError | undefined {
  const { code, message } = error as { code?: string; message?: string };
  if (code !== 'N/A' || !message?.startsWith('Ignored')) return undefined;
  return new AppError(
    400,
    'cypher_error',
    'Neo4j could not plan this query (it may be nested too deeply); simplify it.',
    { cause: error },
  );
}

/** Neo4j error codes for a transaction stopped by its timeout. */
const timeoutCodes = /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed/;

function translate(error: unknown, prefixLength: number): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as { message?: string }).message ?? '';
  if (queryErrorCodes.has(code)) return queryError(code, message, prefixLength);
  if (writeErrorCodes.test(code)) {
    return new AppError(
      403,
      'write_refused',
      'This query would change the database or its administration; queries here run read-only.',
      { cause: error },
    );
  }
  if (timeoutCodes.test(code)) {
    return new AppError(
      408,
      'query_timeout',
      'The query ran past its time limit and was cancelled; narrow it (a label, a WHERE or a LIMIT).',
      { cause: error },
    );
  }
  if (memoryCodes.has(code)) {
    return new AppError(
      422,
      'query_memory_limit',
      'The query needed more memory than one query may use; ask for less (a LIMIT, fewer hops).',
      { cause: error },
    );
  }
  // Any other client error is about the query (e.g. a command this Neo4j edition lacks): the
  // person's to fix, answered with Neo4j's first line, never a 500.
  if (code.startsWith('Neo.ClientError.')) {
    return new AppError(
      400,
      'cypher_error',
      `${code.split('.').pop()}: ${message.split('\n')[0]}`,
      {
        cause: error,
      },
    );
  }
  return error;
}

/**
 * Neo4j's own message, first line only, with the position moved back by the EXPLAIN prefix we
 * added, so an editor can mark the right spot.
 */
function queryError(code: string, message: string, prefixLength: number): AppError {
  const firstLine = message.split('\n')[0] ?? message;
  const kind = code.split('.').pop() ?? 'Error';
  const match = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(firstLine);
  if (!match) return new AppError(400, 'cypher_error', `${kind}: ${firstLine}`);
  const line = Number(match[1]);
  const column = Number(match[2]) - (line === 1 ? prefixLength : 0);
  const offset = Number(match[3]) - prefixLength;
  const text = `${firstLine.replace(match[0], '')} (line ${line}, column ${column})`;
  return new AppError(400, 'cypher_syntax_error', `${kind}: ${text}`, {
    details: { position: { line, column, offset } },
  });
}
