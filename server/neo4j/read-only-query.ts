import neo4j, { type Driver, type Node, type ProfiledPlan, type Plan } from 'neo4j-driver';
import { AppError } from '../errors.ts';
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

/**
 * Procedures a read-only explorer may call: schema introspection only. Everything else (config,
 * transactions, security, anything that writes) is refused before it runs.
 */
const allowedProcedures = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'dbms.components',
]);

/** Plan operators that read outside the graph or administer the server. */
const refusedOperators: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs outside the graph',
  AdministrationCommand: 'administration commands are not available here',
};

/**
 * SHOW and TERMINATE commands plan as reads, yet some reveal other people's queries or server
 * settings, or kill their transactions; only these schema listings are let through.
 */
const allowedCommands = new Set([
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
]);

const explainPrefix = 'EXPLAIN ';

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
  /** cypher/query/nodes-by-element-id: fetches relationship ends the query left out. */
  endpointsQuery: string,
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
        throw translate(error, explainPrefix.length);
      });
    refuseUnlessRead(plan.summary.queryType, plan.summary.plan);

    return await session
      .executeRead(
        async (tx) => {
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
            const ends = await tx.run(endpointsQuery, { ids: missing });
            collector.addNodes(ends.records.map((record) => record.get('n') as Node));
          }
          return collector.result(columns as string[], truncated);
        },
        { timeout: limits.timeoutMs },
      )
      .catch((error: unknown) => {
        throw translate(error, 0);
      });
  } finally {
    await session.close();
  }
}

function refuseUnlessRead(queryType: string, plan: Plan | ProfiledPlan | false): void {
  if (queryType !== 'r') {
    const what =
      queryType === 's'
        ? 'changes the schema or runs an administration command'
        : 'writes to the database';
    throw new AppError(403, 'write_refused', `This query ${what}; queries here run read-only.`);
  }
  const visit = (node: Plan): void => {
    const operator = node.operatorType.split('@')[0] ?? '';
    const reason = refusedOperators[operator];
    if (reason) throw new AppError(403, 'query_refused', `Refused: ${reason}.`);
    if (/^(Show|Terminate)/.test(operator) && !allowedCommands.has(operator)) {
      throw new AppError(
        403,
        'query_refused',
        'Refused: only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are available here.',
      );
    }
    if (operator === 'ProcedureCall') {
      const details = String(node.arguments.Details ?? '');
      const name = details.split('(')[0]?.trim() ?? '';
      if (!allowedProcedures.has(name)) {
        throw new AppError(
          403,
          'procedure_refused',
          `Refused: procedure ${name || 'call'} is not available here (allowed: ${[...allowedProcedures].join(', ')}).`,
        );
      }
    }
    node.children.forEach(visit);
  };
  if (plan) visit(plan);
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

/** Neo4j error codes that mean "this would write or administer". */
const writeErrorCodes =
  /^Neo\.ClientError\.(Statement\.AccessMode|Statement\.UnsupportedAdministrationCommand|Security\.)/;

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
