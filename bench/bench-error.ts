/**
 * A failure a person can act on: one line naming the cause and the next step. Anything else is
 * reduced to its first line before it is printed, so no stack trace reaches the terminal.
 */
export class BenchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchError';
  }
}

/** The first line of any thrown value, for progress lines, the table and the JSON. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
  return first.trim().slice(0, 300);
}
