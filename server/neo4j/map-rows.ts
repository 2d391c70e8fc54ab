import type { z } from 'zod';
import type { PlainValue } from './plain-values.ts';
import { queryRows, type QueryName, type RowOf } from './query-registry.ts';
import { fieldPath, RowShapeError } from './rows/row-shape-error.ts';

/** A row as it leaves the driver, already plain JSON (plain-values.ts), not yet checked. */
export type PlainRow = Record<string, PlainValue>;

// Each query's own shape, typed by its name, so a lookup by a generic name needs no cast.
const shapes: { [N in QueryName]: z.ZodType<RowOf<N>> } = queryRows;

/**
 * Checks every row of query `name` against its shape in the registry and answers them as
 * typed rows, once, here. The first row that does not fit throws a RowShapeError naming the
 * file and the field.
 */
export function mapRows<N extends QueryName>(name: N, rows: readonly PlainRow[]): RowOf<N>[] {
  const shape = shapes[name];
  const mapped: RowOf<N>[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const result = shape.safeParse(rows[i]);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new RowShapeError(name, i, fieldPath(issue?.path ?? []), issue?.message ?? 'is wrong');
    }
    mapped[i] = result.data;
  }
  return mapped;
}
