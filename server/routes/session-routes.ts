import { Router } from 'express';
import { z } from 'zod';
import { addressOf, principalOf } from '../auth/access-control.ts';
import { decoyHash, verifyPassword } from '../auth/passwords.ts';
import type { SessionCookie } from '../auth/session-cookie.ts';
import type { SessionStore } from '../auth/session-store.ts';
import type { SignInThrottle, ThrottleKey } from '../auth/sign-in-throttle.ts';
import type { UserStore } from '../auth/user-store.ts';
import { AppError } from '../errors.ts';
import { parseParams } from './validate.ts';

const signIn = z.object({
  username: z.string().trim().min(1, 'must not be empty').max(64),
  password: z.string().min(1, 'must not be empty').max(1024),
});

export interface SessionRouteOptions {
  auth: 'on' | 'off';
  users: UserStore;
  sessions: SessionStore;
  cookie: SessionCookie;
  throttle: SignInThrottle;
}

/**
 * GET /api/session: who is signed in (`user` null when nobody) and whether sign-in is on.
 * POST /api/session {username, password}: signs in and sets the session cookie.
 * DELETE /api/session: signs out.
 */
export function sessionRoutes({ auth, users, sessions, cookie, throttle }: SessionRouteOptions) {
  const router = Router();
  router.get('/session', (_req, res) => {
    res.json({ auth, user: principalOf(res) ?? null });
  });

  router.post('/session', async (req, res) => {
    if (auth === 'off') {
      throw new AppError(
        400,
        'sign_in_off',
        'Sign-in is off on this explorer: it is open to this machine only.',
      );
    }
    const { username, password } = parseParams(signIn, req.body);
    res.locals.attemptedUser = username;
    const keys: ThrottleKey[] = [`user:${username.toLowerCase()}`, `address:${addressOf(req)}`];
    const wait = throttle.retryAfterSeconds(keys);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError(
        429,
        'too_many_attempts',
        `Too many failed sign-ins: try again in ${wait} s.`,
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
    const user = { name: username, role: stored.role };
    cookie.set(res, await sessions.open(user, addressOf(req)));
    res.locals.principal = user;
    res.json({ auth, user });
  });

  router.delete('/session', async (req, res) => {
    const token = cookie.read(req);
    if (token) await sessions.close(token);
    cookie.clear(res);
    res.status(204).end();
  });
  return router;
}
