import type { ApiError, ErrorPosition } from '../../../lib/api-client.ts';

/** A failed query as the workbench shows it: a short heading, the server's words, a position. */
export interface QueryProblem {
  heading: string;
  text: string;
  /** Where in the text to mark, for Cypher errors that say. */
  position?: ErrorPosition;
}

const REFUSALS = new Set(['write_refused', 'query_refused', 'procedure_refused']);

/** 1-based line and column of a 0-based offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * Words for an error from POST /api/query, never a stack. The server trims the text before
 * Neo4j sees it, so a position is moved back into `sent`, the text as the editor holds it.
 */
export function describeQueryError(error: ApiError, sent: string): QueryProblem {
  if (error.position) {
    const offset = error.position.offset + (sent.length - sent.trimStart().length);
    const { line, column } = lineAndColumn(sent, offset);
    // The server appends the position to Neo4j's message; the heading already says it.
    const text = error.message.replace(/\s*\(line \d+, column \d+\)\s*$/, '');
    return { heading: `Line ${line}, column ${column}`, text, position: { line, column, offset } };
  }
  if (REFUSALS.has(error.code)) return { heading: 'Refused: read-only', text: error.message };
  if (error.code === 'query_timeout') return { heading: 'Timed out', text: error.message };
  return { heading: 'The query failed', text: error.message };
}

/**
 * The stretch of text to underline for an error at `offset`: the word starting there, or one
 * character; at the very end, the last character, so the mark stays visible.
 */
export function errorRange(text: string, offset: number): { from: number; to: number } {
  if (text.length === 0) return { from: 0, to: 0 };
  const from = Math.max(0, Math.min(offset, text.length - 1));
  const word = /^[\w$`]+/.exec(text.slice(from));
  return { from, to: from + (word ? word[0].length : 1) };
}
