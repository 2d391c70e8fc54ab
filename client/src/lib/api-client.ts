import type { ErrorPayload } from './api-types.ts';

/** Where in a query's text Neo4j found a problem: 1-based line and column, 0-based offset. */
export type ErrorPosition = NonNullable<ErrorPayload['error']['position']>;

/** A failed API call, carrying the server's own error code and message when it sent one. */
export class ApiError extends Error {
  constructor(
    /** The server's error code (`not_found`, `database_unavailable`, …) or `network`/`bad_response`. */
    readonly code: string,
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    /** For Cypher errors: where in the query text the problem is. */
    readonly position?: ErrorPosition,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorPayload(body: unknown): body is ErrorPayload {
  const error = (body as Partial<ErrorPayload> | null)?.error;
  return typeof error?.message === 'string' && typeof error.code === 'string';
}

/** The error an answer of `status` with `body` stands for: the server's own, when it sent one. */
export function answerError(status: number, body: unknown): ApiError {
  if (isErrorPayload(body)) {
    const { code, message, position } = body.error;
    return new ApiError(code, message, status, position);
  }
  return new ApiError('bad_response', `The server answered ${status}.`, status);
}

type SignInListener = () => void;
const signInListeners = new Set<SignInListener>();

/**
 * Called when any request answers 401 sign_in_required (the session expired or was revoked):
 * one place, so no hook has to handle it. Answers a function that stops listening.
 */
export function onSignInRequired(listener: SignInListener): () => void {
  signInListeners.add(listener);
  return () => signInListeners.delete(listener);
}

/** The error for a request that never reached the server. */
export function unreachable(): ApiError {
  return new ApiError('network', 'The server cannot be reached. Is it running?', 0);
}

/**
 * Sends a request and reads its JSON answer. Throws ApiError with the message from the server's
 * error body, so the UI can show it as is; aborts are rethrown untouched for callers to ignore.
 * A 204 answers `undefined`.
 */
async function request<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw unreachable();
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = answerError(response.status, body);
    if (error.code === 'sign_in_required') signInListeners.forEach((listener) => listener());
    throw error;
  }
  if (body === null)
    throw new ApiError('bad_response', 'The server sent no JSON.', response.status);
  return body as T;
}

/** The address of an API path; `params` become the query string, undefined ones left out. */
export function apiUrl(path: string, params: Record<string, string | number | undefined> = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, String(value));
  }
  return query.size > 0 ? `/api${path}?${query}` : `/api${path}`;
}

/** GETs a JSON answer from the API; `params` become the query string, undefined ones left out. */
export function apiGet<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
  signal?: AbortSignal,
): Promise<T> {
  return request<T>(apiUrl(path, params), { signal, headers: { Accept: 'application/json' } });
}

/** POSTs, PUTs or DELETEs with an optional JSON body, answering like apiGet. */
export function apiSend<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return request<T>(`/api${path}`, {
    method,
    signal,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** True for the error fetch throws when its AbortSignal fires. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
