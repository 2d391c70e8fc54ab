import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../server/errors.ts';
import { boundedText, parseParams, wholeNumber } from '../../../server/routes/validate.ts';

const schema = z.object({ limit: wholeNumber(50, 10), q: boundedText.optional() });

function errorOf(input: unknown): AppError {
  try {
    parseParams(schema, input);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a validation error');
}

describe('parseParams', () => {
  it('when a whole number is omitted, then its default applies', () => {
    expect(parseParams(schema, {})).toEqual({ limit: 10 });
  });

  it('when a whole number is given as text, then it is parsed', () => {
    expect(parseParams(schema, { limit: '7' }).limit).toBe(7);
  });

  it.each([
    ['0', 'must be at least 1'],
    ['51', 'must be at most 50'],
    ['2.5', 'must be a whole number'],
    ['1e3', 'must be a whole number'],
  ])('when limit is %s, then a 400 says it %s', (limit, message) => {
    const error = errorOf({ limit });
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(400);
    expect(error.message).toBe(`Parameter "limit" ${message}.`);
  });

  it('when a parameter is repeated, then the 400 says to give it once', () => {
    expect(errorOf({ limit: ['1', '2'] }).message).toBe('Parameter "limit" must be given once.');
  });

  it('when text is only spaces, then it counts as empty', () => {
    expect(errorOf({ q: '   ' }).message).toBe('Parameter "q" must not be empty.');
  });
});
