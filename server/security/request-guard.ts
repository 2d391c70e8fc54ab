import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import { hostNameOf, type HostRules } from './allowed-hosts.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Answers only requests addressed to a known host name: a page that rebinds its own DNS name to
 * 127.0.0.1 reaches us with its name in Host, and is refused before any route runs.
 */
export function hostGuard(rules: HostRules): RequestHandler {
  return (req, _res, next) => {
    const host = req.headers.host;
    if (!host || !rules.hosts.has(hostNameOf(host))) {
      return next(
        new AppError(
          403,
          'host_not_allowed',
          `This explorer does not answer for the host "${host ?? ''}". Open it by its own address, or add the name to ALLOWED_HOSTS.`,
        ),
      );
    }
    next();
  };
}

/**
 * Refuses what another site's page could make a browser send: a state-changing request whose
 * Origin is not this explorer's own, and any API request the browser marks as cross-site (an
 * `<img src>` or form aimed at the API). Clients that are not browsers send neither header and
 * are left to sign-in.
 */
export function originGuard(rules: HostRules): RequestHandler {
  return (req, _res, next) => {
    const origin = req.headers.origin;
    const own = `${req.protocol}://${req.headers.host ?? ''}`;
    const foreignOrigin = origin !== undefined && origin !== own && !rules.extraOrigins.has(origin);
    if (foreignOrigin && !safeMethods.has(req.method)) {
      return next(
        new AppError(
          403,
          'origin_not_allowed',
          `Requests from ${origin} may not change anything here.`,
        ),
      );
    }
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || (site === 'same-site' && foreignOrigin)) {
      return next(
        new AppError(403, 'origin_not_allowed', "Another site may not use this explorer's API."),
      );
    }
    next();
  };
}
