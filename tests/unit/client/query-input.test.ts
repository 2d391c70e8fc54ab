import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../client/src/lib/api-client.ts';
import { parseParamsJson } from '../../../client/src/features/views/utils/params-json.ts';
import {
  describeQueryError,
  errorRange,
} from '../../../client/src/features/views/utils/query-error.ts';

describe('the Parameters field', () => {
  it('when it is blank, then the query runs without parameters', () => {
    expect(parseParamsJson('  ')).toEqual({ ok: true, params: {} });
  });

  it('when it holds a JSON object, then that is the parameters', () => {
    expect(parseParamsJson('{"id": "shengshu", "depth": 2}', ['id'])).toEqual({
      ok: true,
      params: { id: 'shengshu', depth: 2 },
    });
  });

  it('when it is not a JSON object, then the message says so with an example', () => {
    for (const text of ['{id: 1}', '[1, 2]', '"text"', 'null']) {
      const parsed = parseParamsJson(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/^Parameters must be a JSON object, e\.g\./);
    }
  });

  it('when the query uses a parameter the field lacks, then it is named', () => {
    const parsed = parseParamsJson('{"a": 1}', ['a', 'id', 'b']);
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.message).toContain('$id, $b');
  });
});

describe('explaining a failed query', () => {
  it('when Neo4j points at a position, then the heading gives line and column in the editor', () => {
    const error = new ApiError(
      'cypher_syntax_error',
      "SyntaxError: Invalid input 'RETURN': expected ')' (line 2, column 1)",
      400,
      { line: 2, column: 1, offset: 16 },
    );
    const sent = 'MATCH (n:Person\nRETURN n';
    expect(describeQueryError(error, sent)).toEqual({
      heading: 'Line 2, column 1',
      text: "SyntaxError: Invalid input 'RETURN': expected ')'",
      position: { line: 2, column: 1, offset: 16 },
    });
  });

  it('when the editor text starts with blank lines, then the position moves with them', () => {
    // The server trims the text, so its offset 16 is 2 characters later in the editor.
    const error = new ApiError('cypher_syntax_error', 'SyntaxError: x (line 2, column 1)', 400, {
      line: 2,
      column: 1,
      offset: 16,
    });
    expect(describeQueryError(error, '\n MATCH (n:Person\nRETURN n').position).toEqual({
      line: 3,
      column: 1,
      offset: 18,
    });
  });

  it('when a query is refused or times out, then the heading says why', () => {
    const refused = new ApiError('write_refused', 'This query writes to the database.', 403);
    expect(describeQueryError(refused, 'CREATE ()').heading).toBe('Refused: read-only');
    const slow = new ApiError('query_timeout', 'The query ran past its time limit.', 408);
    expect(describeQueryError(slow, 'MATCH p=()-[*]-() RETURN p').heading).toBe('Timed out');
  });

  it('when an error is marked, then the word at its position is underlined', () => {
    expect(errorRange('MATCH (n:Person\nRETURN n', 16)).toEqual({ from: 16, to: 22 });
    expect(errorRange('RETURN (', 7)).toEqual({ from: 7, to: 8 });
    // At the very end, the last character, so the mark stays visible.
    expect(errorRange('RETURN', 6)).toEqual({ from: 5, to: 6 });
    expect(errorRange('', 0)).toEqual({ from: 0, to: 0 });
  });
});
