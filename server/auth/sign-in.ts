import { AppError } from '../errors.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import type { Principal } from './roles.ts';
import type { SessionStore } from './session-store.ts';
import type { SignInThrottle, ThrottleKey } from './sign-in-throttle.ts';
import type { UserStore } from './user-store.ts';

/** What signing in needs: whether it is on, who may, and where sessions and failures are kept. */
export interface SignInContext {
  auth: 'on' | 'off';
  users: UserStore;
  sessions: SessionStore;
  throttle: SignInThrottle;
}

/**
 * Checks a user name and password from `address` and opens a session: answers the user and the
 * token for the cookie. Refused with 400 when sign-in is off, 429 (with the wait) after too many
 * failures for the name or the address, and 401 for a wrong name or password.
 */
export async function signIn(
  { auth, users, sessions, throttle }: SignInContext,
  credentials: { username: string; password: string },
  address: string,
): Promise<{ user: Principal; token: string }> {
  if (auth === 'off') {
    throw new AppError(
      400,
      'sign_in_off',
      'Sign-in is off on this explorer: it is open to this machine only.',
    );
  }
  const { username, password } = credentials;
  const keys: ThrottleKey[] = [`user:${username.toLowerCase()}`, `address:${address}`];
  const wait = throttle.retryAfterSeconds(keys);
  if (wait > 0) {
    throw new AppError(
      429,
      'too_many_attempts',
      `Too many failed sign-ins: try again in ${wait} s.`,
      { retryAfterSeconds: wait },
    );
  }
  const stored = await users.credentialsOf(username);
  // An unknown name costs a full check too, so timing does not tell which names exist.
  const matches = await verifyPassword(password, stored?.passwordHash ?? decoyHash);
  if (!stored || !matches) {
    throttle.fail(keys);
    throw new AppError(401, 'invalid_credentials', 'Wrong user name or password.');
  }
  throttle.succeed(keys);
  const user: Principal = { name: username, role: stored.role };
  return { user, token: await sessions.open(user, address) };
}
