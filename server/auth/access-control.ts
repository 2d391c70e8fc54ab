import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors.ts';
import { isWrite, requirementOf } from './access-policy.ts';
import type { AuditLog } from './audit-log.ts';
import { hasRole, localPrincipal, type Principal } from './roles.ts';
import type { SessionCookie } from './session-cookie.ts';
import type { SessionStore } from './session-store.ts';

export interface AccessOptions {
  /** 'off': everyone is the local admin (a loopback-only explorer); 'on': sign-in and roles. */
  auth: 'on' | 'off';
  sessions: SessionStore;
  cookie: SessionCookie;
  audit: AuditLog;
}

/** The person a request is made by, once access control has run; undefined when not signed in. */
export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

/** The address a request came from, as the audit trail and the sign-in throttle know it. */
export function addressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * Every /api request passes here first: it learns who is asking from the session cookie, refuses
 * with 401 or 403 what their role does not allow (see access-policy.ts), and records each write
 * that succeeded in the audit trail once it has been answered.
 */
export function accessControl({ auth, sessions, cookie, audit }: AccessOptions): RequestHandler {
  return async (req, res, next) => {
    const path = req.path;
    if (auth === 'off') {
      res.locals.principal = localPrincipal;
    } else {
      const token = cookie.read(req);
      res.locals.principal = token ? await sessions.resolve(token) : undefined;
    }
    if (isWrite(req.method, path)) {
      res.on('finish', () => {
        // A refused write changed nothing, and refusals must leave the database as it was: they
        // go to the server log instead of the trail.
        // A dry run (POST /api/sources?dryRun=1) is an editor's request that writes nothing.
        if (res.locals.wroteNothing === true) return;
        if (res.statusCode >= 400) {
          const name = principalOf(res)?.name ?? String(res.locals.attemptedUser ?? 'anonymous');
          console.warn(
            `[refused] ${req.method} /api${path} ${res.statusCode} for ${name} from ${addressOf(req)}`,
          );
          return;
        }
        const who = principalOf(res) ?? {
          name: String(res.locals.attemptedUser ?? 'anonymous'),
          role: 'none',
        };
        audit
          .append(who, { method: req.method, path, status: res.statusCode }, addressOf(req))
          .catch((error: unknown) =>
            console.error(`[audit] could not record ${req.method} ${path}: ${String(error)}`),
          );
      });
    }
    const requirement = requirementOf(req.method, path);
    if (requirement === 'public') return next();
    const principal = principalOf(res);
    if (!principal) {
      throw new AppError(401, 'sign_in_required', 'Sign in to use the explorer.');
    }
    if (!hasRole(principal.role, requirement)) {
      throw new AppError(
        403,
        'forbidden',
        `Your role (${principal.role}) may not do this; it needs ${requirement === 'admin' ? 'an admin' : `an ${requirement}`}.`,
      );
    }
    next();
  };
}
