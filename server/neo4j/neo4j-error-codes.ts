/** Neo4j's codes for a query past its memory budget (db.memory.transaction.max and the pool). */
export const memoryCodes = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/** Codes the driver uses when the server cannot be reached right now. */
const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Node's socket error codes, should one reach us unwrapped. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT']);

/** Whether `error` says the connection to Neo4j was lost (judged by code, never by message). */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return unavailableCodes.has(code) || socketCodes.has(code);
}
