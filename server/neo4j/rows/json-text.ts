import { z } from 'zod';

/**
 * A property holding JSON text (Neo4j properties cannot hold maps), read and checked against
 * `schema`; text that is not JSON is reported like any other wrong field.
 */
export function jsonText<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON text' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
