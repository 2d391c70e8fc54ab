import { AppError } from '../../errors.ts';

/**
 * A row of one of our own queries did not have the shape the server relies on: a bug in the
 * query or in data written around the app. The client gets the usual 500 body; the server log
 * gets the cause, which names the query file and the field.
 */
export class RowShapeError extends AppError {
  constructor(
    /** The query's name in cypher/, e.g. `graph/paths`. */
    readonly query: string,
    /** Which row of the answer, from 0. */
    readonly row: number,
    /** Where in the row, e.g. `nodes[3].labels`. */
    readonly field: string,
    problem: string,
  ) {
    super(500, 'internal_error', 'Something went wrong on the server; its log has the details.', {
      cause: new Error(
        `cypher/${query}.cypher answered a row the server cannot use: row ${row}, field "${field}": ${problem}`,
      ),
    });
    this.name = 'RowShapeError';
  }

  /** The one line the server log shows. */
  get detail(): string {
    return (this.cause as Error).message;
  }
}

/** `['nodes', 3, 'labels']` → `nodes[3].labels`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}
