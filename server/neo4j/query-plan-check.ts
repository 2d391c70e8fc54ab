import type { Plan, ProfiledPlan } from 'neo4j-driver';
import { AppError } from '../errors.ts';

/**
 * Procedures a read-only explorer may call: schema introspection only. Everything else (config,
 * transactions, security, statistics, anything that writes or reaches outside) is refused.
 */
export const allowedProcedures = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'dbms.components',
]);

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

/** Plan operators that read outside the graph, or administer the server. */
const refusedOperators: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs outside the graph',
  AdministrationCommand: 'administration commands are not available here',
};

/**
 * CALL { … } IN TRANSACTIONS: Neo4j runs it only in an auto-commit transaction, never in the
 * read transaction people's queries run in, so it would only fail later (as a server error).
 */
const batchingOperators = new Set(['TransactionApply', 'TransactionForeach']);

/**
 * Operators that reach nodes without a label or a relationship: the whole store, or a node by
 * its internal id. The database also holds the explorer's own users, sessions and audit trail,
 * which nobody may read through a query, so a query must name a label (or start from one).
 */
const unlabeledScans = new Set([
  'AllNodesScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'PartitionedAllNodesScan',
]);

/** The explorer's own labels: never readable through people's Cypher. */
const privateLabels = /ExplorerUser|ExplorerSession|AuditEntry/i;

/**
 * A subquery Neo4j kept as an expression inside an operator (COLLECT/COUNT/EXISTS in a list
 * comprehension, CASE, reduce…): its plan is not in the tree, so nothing proves it safe.
 */
const nestedSubquery = /\b(COLLECT|COUNT|EXISTS)\s*\{/i;

/**
 * A procedure call Neo4j left inside an expression (`ResolvedCall(…)`) or rendered as a clause;
 * checked apart from the subquery check above in case Neo4j renders a subquery differently.
 */
const procedureCallText = /\bResolvedCall\s*\(|(?<![.\w`])CALL\s*[({\p{L}_`]/u;

/**
 * A call of a namespaced function in an operator's details, e.g. `apoc.text.join(`; each part
 * may be backticked or non-ASCII, so an odd spelling cannot slip past as "not a call".
 */
const namePart = '(?:`[^`]*`|[\\p{L}_][\\p{L}\\p{N}_]*)';
const namespacedCall = new RegExp(`(${namePart}(?:\\s*\\.\\s*${namePart})+)\\s*\\(`, 'gu');

function refuse(code: string, reason: string): never {
  throw new AppError(403, code, `Refused: ${reason}.`);
}

/** What Neo4j answered to EXPLAIN: the parts of its summary the check reads. */
export interface PlannedQuery {
  /** 'r' read, 'rw', 'w', 's' schema or administration. */
  queryType: string;
  plan: Plan | ProfiledPlan | false;
  /** The database Neo4j planned the query against (after any USE). */
  database: string | undefined;
}

/** What the sandbox knows of the server it runs on, asked once (see read-only-query.ts). */
export interface SandboxContext {
  /** The server's built-in function names, lower case; any other function is a plugin's. */
  builtinFunctions: ReadonlySet<string>;
  /** The database the explorer's own queries run against; people's must stay there. */
  database: string | undefined;
}

/**
 * Decides from Neo4j's own plan whether people's Cypher may run: it must be a pure read
 * (`queryType` 'r') of the explorer's database, and every operator of the plan, however deep,
 * must be one a read-only explorer allows. What the plan cannot show (a subquery kept inside an
 * expression) is refused, never guessed. Throws an AppError (4xx) to refuse.
 */
export function checkPlan(planned: PlannedQuery, context: SandboxContext): void {
  const { queryType, plan } = planned;
  if (queryType !== 'r') {
    const what =
      queryType === 's'
        ? 'changes the schema or runs an administration command'
        : 'writes to the database';
    throw new AppError(403, 'write_refused', `This query ${what}; queries here run read-only.`);
  }
  if (!plan) refuse('query_refused', 'Neo4j gave no plan for this query, so it cannot be checked');
  // USE may name another database (on servers that have several): only the explorer's is open.
  const otherDatabase = (name: string | undefined) =>
    context.database !== undefined && name !== undefined && name !== context.database;
  if (otherDatabase(planned.database)) {
    refuse(
      'query_refused',
      `only the explorer's database can be queried here, not ${planned.database}`,
    );
  }
  const visit = (node: Plan): void => {
    // Each operator names the graph it runs on (`Filter@neo4j`), nested USE included.
    const [operator = '', graph] = node.operatorType.split('@');
    if (otherDatabase(graph)) {
      refuse('query_refused', `only the explorer's database can be queried here, not ${graph}`);
    }
    checkOperator(operator, String(node.arguments?.Details ?? ''), context.builtinFunctions);
    node.children.forEach(visit);
  };
  visit(plan);
}

function checkOperator(
  operator: string,
  details: string,
  builtinFunctions: ReadonlySet<string>,
): void {
  const reason = refusedOperators[operator];
  if (reason) refuse('query_refused', reason);
  if (batchingOperators.has(operator)) {
    throw new AppError(
      400,
      'unsupported_query',
      'CALL { … } IN TRANSACTIONS is not supported here: queries run in one read transaction; drop IN TRANSACTIONS.',
    );
  }
  if (/^(Show|Terminate)/.test(operator) && !allowedCommands.has(operator)) {
    refuse(
      'query_refused',
      'only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are available here',
    );
  }
  if (unlabeledScans.has(operator)) {
    refuse(
      'query_refused',
      "a query must start from a label or a relationship, e.g. MATCH (n:Entity) instead of MATCH (n), since the database also keeps the explorer's own accounts",
    );
  }
  if (operator === 'ProcedureCall') {
    const name = details.split('(')[0]?.trim() ?? '';
    if (!allowedProcedures.has(name)) {
      refuse(
        'procedure_refused',
        `procedure ${name || 'call'} is not available here (allowed: ${[...allowedProcedures].join(', ')})`,
      );
    }
  }
  if (nestedSubquery.test(details)) {
    refuse(
      'query_refused',
      'a COLLECT, COUNT or EXISTS subquery inside an expression cannot be checked; write it as its own CALL { … } or in a WITH',
    );
  }
  if (/\bLOAD\s+CSV\b/i.test(details)) refuse('query_refused', refusedOperators.LoadCSV!);
  if (procedureCallText.test(details)) {
    refuse('procedure_refused', 'a procedure call inside an expression cannot be checked here');
  }
  if (privateLabels.test(details)) {
    refuse('query_refused', "the explorer's own accounts and audit trail are not readable here");
  }
  if (/:\s*\$\s*(\(|any\b|all\b)/i.test(details)) {
    refuse('query_refused', 'dynamic labels and types cannot be checked here; name them');
  }
  // A procedure's own name is checked above; the functions in its arguments are checked here.
  const calls = operator === 'ProcedureCall' ? details.slice(details.indexOf('(') + 1) : details;
  for (const match of calls.matchAll(namespacedCall)) {
    const name = match[1]!.replace(/[\s`]+/g, '').toLowerCase();
    if (!builtinFunctions.has(name)) {
      refuse('function_refused', `function ${name} is not a built-in function of Neo4j`);
    }
  }
}
