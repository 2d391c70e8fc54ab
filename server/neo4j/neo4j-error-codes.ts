/** Neo4j's codes for a query past its memory budget (db.memory.transaction.max and the pool). */
export const memoryCodes = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);
