import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorPayload } from '../contract.ts';
import { AppError } from '../errors.ts';

function send(
  res: Parameters<RequestHandler>[1],
  status: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
) {
  const body: ErrorPayload = { error: { ...details, code, message } };
  res.status(status).json(body);
}

/** Unknown /api paths answer a JSON 404 instead of the page. */
export const apiNotFound: RequestHandler = (req, res) => {
  send(res, 404, 'not_found', `No API route ${req.method} ${req.path}.`);
};

/**
 * The one place errors become answers: AppErrors as they say, malformed JSON bodies as 400, the
 * rest as a 500 without detail. The cause goes to the server log, never to the client.
 */
export const errorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof AppError) {
    // A database that is away comes back by itself (or is restarted): say when to try again.
    if ((error.status === 503 || error.status === 429) && !res.hasHeader('Retry-After')) {
      res.setHeader('Retry-After', String(error.retryAfterSeconds ?? 5));
    }
    if (error.status >= 500) {
      const cause = error.cause instanceof Error ? error.cause.message : error.message;
      console.error(`[${error.code}] ${cause.split('\n')[0]}`);
    }
    return send(res, error.status, error.code, error.message, error.details);
  }
  const parseError = error as { type?: string; status?: number };
  if (parseError.type === 'entity.parse.failed') {
    return send(res, 400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (parseError.type === 'entity.too.large') {
    return send(res, 413, 'body_too_large', 'The request body is too large.');
  }
  console.error('Unexpected error:', error);
  send(res, 500, 'internal_error', 'Something went wrong on the server; its log has the details.');
};
