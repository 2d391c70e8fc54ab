import { Router } from 'express';
import { z } from 'zod';
import { addressOf, principalOf } from '../auth/access-control.ts';
import type { SessionCookie } from '../auth/session-cookie.ts';
import { signIn, type SignInContext } from '../auth/sign-in.ts';
import { parseParams } from './validate.ts';

const signInBody = z.object({
  username: z.string().trim().min(1, 'must not be empty').max(64),
  password: z.string().min(1, 'must not be empty').max(1024),
});

export interface SessionRouteOptions extends SignInContext {
  cookie: SessionCookie;
}

/**
 * GET /api/session: who is signed in (`user` null when nobody) and whether sign-in is on.
 * POST /api/session {username, password}: signs in and sets the session cookie.
 * DELETE /api/session: signs out.
 */
export function sessionRoutes({ cookie, ...signInContext }: SessionRouteOptions) {
  const { auth, sessions } = signInContext;
  const router = Router();
  router.get('/session', (_req, res) => {
    res.json({ auth, user: principalOf(res) ?? null });
  });

  router.post('/session', async (req, res) => {
    const credentials = parseParams(signInBody, req.body);
    res.locals.attemptedUser = credentials.username;
    const { user, token } = await signIn(signInContext, credentials, addressOf(req));
    cookie.set(res, token);
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
