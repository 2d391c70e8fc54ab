import { z } from 'zod';
import { GRAPH_DEFAULT_LIMIT } from '../../common/domain.ts';
import { AppError } from '../errors.ts';

/** Bounds every parameter is checked against; the README lists them. */
export const limits = {
  /** GET /api/graph: most entities. */
  graphMax: 20_000,
  graphDefault: GRAPH_DEFAULT_LIMIT,
  /** GET /api/search: most matches. */
  searchMax: 100,
  searchDefault: 20,
  /** GET /api/nodes/:id/neighbors: most nodes, the entity included. */
  neighborsMax: 1_000,
  neighborsDefault: 100,
  /** Longest search text and id. */
  textMax: 200,
} as const;

/** A whole number from 1 to max, given as a query-string value. */
export function wholeNumber(max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(max, `must be at most ${max}`))
    .optional()
    .transform((value) => value ?? fallback);
}

export const boundedText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(limits.textMax, `must be at most ${limits.textMax} characters`);

/** Parses `input` or throws a 400 that names the first bad parameter. */
export function parseParams<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join('.') || 'parameter';
  const given = issue?.path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
    input,
  );
  const message =
    given === undefined
      ? 'is required'
      : Array.isArray(given)
        ? 'must be given once'
        : (issue?.message ?? 'is invalid');
  throw new AppError(400, 'invalid_parameter', `Parameter "${name}" ${message}.`);
}
