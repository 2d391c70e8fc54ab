import { apiGet, apiSend } from '../../lib/api-client.ts';
import type { SessionPayload } from '../../lib/api-types.ts';

/** GET /api/session: whether sign-in is on and who is signed in. */
export function getSession(): Promise<SessionPayload> {
  return apiGet<SessionPayload>('/session');
}

/** POST /api/session: signs in; the server sets the session cookie. */
export function signIn(username: string, password: string): Promise<SessionPayload> {
  return apiSend<SessionPayload>('POST', '/session', { username, password });
}

/** DELETE /api/session: signs out. */
export function signOut(): Promise<void> {
  return apiSend<void>('DELETE', '/session');
}
