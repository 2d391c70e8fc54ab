/**
 * The one error type the server raises on purpose. Anything else reaching the error handler is a
 * bug or an outage and is answered without detail.
 */
export class AppError extends Error {
  constructor(
    /** HTTP status to answer with. */
    readonly status: number,
    /** Stable machine-readable code, e.g. `invalid_parameter`. */
    readonly code: string,
    message: string,
    options?: {
      cause?: unknown;
      /** Extra fields for the error body, e.g. where in a query a syntax error is. */
      details?: Record<string, unknown>;
      /** For 429 and 503: when to try again, if not the usual 5 s. */
      retryAfterSeconds?: number;
    },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.details = options?.details;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  readonly details?: Record<string, unknown>;
  readonly retryAfterSeconds?: number;
}

/**
 * An error a person can act on at start-up (missing Java, busy port…): printed as one line, no
 * stack, and the process exits non-zero.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
