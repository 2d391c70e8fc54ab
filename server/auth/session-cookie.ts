import type { Request, Response } from 'express';
import { sessionTtlSeconds } from './session-store.ts';

/**
 * The session cookie: HttpOnly so page scripts cannot read it, SameSite=Strict so no other site's
 * request carries it, Secure (and the __Host- prefix, which pins it to this host) on https.
 */
export function sessionCookie(https: boolean) {
  const name = https ? '__Host-explorer_session' : 'explorer_session';
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(https ? ['Secure'] : [])];
  return {
    read(req: Request): string | undefined {
      for (const part of (req.headers.cookie ?? '').split(';')) {
        const [key, ...value] = part.trim().split('=');
        if (key === name) return value.join('=') || undefined;
      }
      return undefined;
    },
    set(res: Response, token: string): void {
      res.append(
        'Set-Cookie',
        [`${name}=${token}`, `Max-Age=${sessionTtlSeconds}`, ...attributes].join('; '),
      );
    },
    clear(res: Response): void {
      res.append('Set-Cookie', [`${name}=`, 'Max-Age=0', ...attributes].join('; '));
    },
  };
}

export type SessionCookie = ReturnType<typeof sessionCookie>;
