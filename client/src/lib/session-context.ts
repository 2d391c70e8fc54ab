import { createContext, useContext } from 'react';
import type { SessionPayload } from './api-types.ts';

export type SessionUser = NonNullable<SessionPayload['user']>;

export interface Session {
  auth: SessionPayload['auth'];
  user: SessionUser;
  /** Ends the session and returns to the sign-in screen. */
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** Who is using the page. Sign-in off: the local user, who may do everything. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is used outside <SessionGate>.');
  return session;
}

/** True when the signed-in person may save, change and delete views. */
export function useCanEdit(): boolean {
  const { user } = useSession();
  return user.role !== 'viewer';
}
