import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onSignInRequired } from '../../lib/api-client.ts';
import type { SessionPayload } from '../../lib/api-types.ts';
import { getSession, signOut as endSession } from './session-api.ts';
import { SessionContext, type Session } from '../../lib/session-context.ts';
import { SignInScreen } from './sign-in-screen.tsx';
import './session.css';

type GateState =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'signed-out'; notice?: string }
  | { kind: 'ready'; session: SessionPayload };

/**
 * Asks who is using the page before anything else loads. With sign-in off the app shows as it
 * always did; with it on, nobody sees the graph before signing in, and a session that ends
 * (expired, revoked, signed out elsewhere) brings the sign-in screen back.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const serverCache = useQueryClient();
  // What one person was shown is not the next one's: the cache goes with the session.
  useEffect(() => {
    if (state.kind === 'signed-out') serverCache.clear();
  }, [state.kind, serverCache]);

  const load = useCallback(() => {
    getSession()
      .then((session) =>
        setState(session.user ? { kind: 'ready', session } : { kind: 'signed-out' }),
      )
      .catch((error: Error) => setState({ kind: 'unreachable', message: error.message }));
  }, []);

  useEffect(load, [load]);
  useEffect(
    () =>
      onSignInRequired(() =>
        setState({ kind: 'signed-out', notice: 'Your session ended; sign in again.' }),
      ),
    [],
  );

  const signOut = useCallback(async () => {
    await endSession().catch(() => undefined);
    setState({ kind: 'signed-out', notice: 'You are signed out.' });
  }, []);

  const session = useMemo<Session | null>(
    () =>
      state.kind === 'ready' && state.session.user
        ? { auth: state.session.auth, user: state.session.user, signOut }
        : null,
    [state, signOut],
  );

  if (state.kind === 'loading') {
    return (
      <main className="session-screen" aria-busy="true">
        <p className="session-screen__status" role="status">
          Opening the explorer…
        </p>
      </main>
    );
  }
  if (state.kind === 'unreachable') {
    return (
      <main className="session-screen">
        <div className="session-card">
          <h1 className="session-card__title">Ecosystem Explorer</h1>
          <p className="session-card__error" role="alert">
            {state.message}
          </p>
          <button type="button" className="button" onClick={load}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (state.kind === 'signed-out' || !session) {
    return (
      <SignInScreen
        notice={state.kind === 'signed-out' ? state.notice : undefined}
        onSignedIn={(signedIn) => setState({ kind: 'ready', session: signedIn })}
      />
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
