import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import type { SessionPayload } from '../../lib/api-types.ts';
import { BrandMark } from '../../shared/brand-mark.tsx';
import { signIn } from './session-api.ts';

interface SignInScreenProps {
  /** Why the person is here again, e.g. their session ended. */
  notice?: string;
  onSignedIn: (session: SessionPayload) => void;
}

/** The whole page while nobody is signed in to a shared explorer. */
export function SignInScreen({ notice, onSignedIn }: SignInScreenProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => nameField.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      onSignedIn(await signIn(username.trim(), password));
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'Signing in failed; try again.');
      setPassword('');
    } finally {
      setPending(false);
    }
  };

  return (
    <main className="session-screen" data-testid="sign-in-screen">
      <form className="session-card" onSubmit={(event) => void submit(event)}>
        <div className="session-card__brand">
          <BrandMark className="session-card__mark" />
          <h1 className="session-card__title">Ecosystem Explorer</h1>
        </div>
        <p className="session-card__lead">
          This explorer is shared with a team. Sign in with the account its admin gave you.
        </p>
        {notice && (
          <p className="session-card__notice" role="status">
            {notice}
          </p>
        )}
        <label className="field">
          <span className="field__label">User name</span>
          <input
            ref={nameField}
            className="input"
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            data-testid="sign-in-username"
          />
        </label>
        <label className="field">
          <span className="field__label">Password</span>
          <input
            className="input"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="sign-in-password"
          />
        </label>
        <div role="alert" className="session-card__error" data-testid="sign-in-error">
          {error}
        </div>
        <button
          type="submit"
          className="button button--primary session-card__submit"
          disabled={pending}
          data-testid="sign-in-submit"
        >
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
