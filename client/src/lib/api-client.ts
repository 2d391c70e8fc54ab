import type { ErrorPayload } from './api-types.ts';

/** A failed API call, carrying the server's own error code and message when it sent one. */
export class ApiError extends Error {
  constructor(
    /** The server's error code (`not_found`, `database_unavailable`, …) or `network`/`bad_response`. */
    readonly code: string,
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorPayload(body: unknown): body is ErrorPayload {
  const error = (body as Partial<ErrorPayload> | null)?.error;
  return typeof error?.message === 'string' && typeof error.code === 'string';
}

/**
 * GETs a JSON answer from the API. Throws ApiError with the message from the server's error body,
 * so the UI can show it as is; aborts are rethrown untouched for callers to ignore.
 */
export async function apiGet<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
  signal?: AbortSignal,
): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, String(value));
  }
  const url = query.size > 0 ? `/api${path}?${query}` : `/api${path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', 'The server cannot be reached. Is it running?', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorPayload(body))
      throw new ApiError(body.error.code, body.error.message, response.status);
    throw new ApiError('bad_response', `The server answered ${response.status}.`, response.status);
  }
  if (body === null)
    throw new ApiError('bad_response', 'The server sent no JSON.', response.status);
  return body as T;
}

/** True for the error fetch throws when its AbortSignal fires. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
