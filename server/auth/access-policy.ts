import type { Role } from './roles.ts';

/** Who may make a request: nobody signed in, or a role and above. */
export type Requirement = 'public' | Role;

/** POSTs that only read: running a view or a read-only query is what a viewer is for. */
const readingPosts = [/^\/views\/[^/]+\/run$/, /^\/query$/];
/** Paths for admins only, whatever the method. */
const adminPaths = [/^\/audit(\/|$)/, /^\/users(\/|$)/];
/** Paths anyone may reach: the load balancer's health check and signing in itself. */
const publicPaths = [/^\/health$/, /^\/session$/];

/**
 * The role an API request needs, by method and path under /api. Anything not named here needs an
 * editor if it is not a plain read, so a new route is closed until someone decides otherwise.
 */
export function requirementOf(method: string, path: string): Requirement {
  if (publicPaths.some((pattern) => pattern.test(path))) return 'public';
  if (adminPaths.some((pattern) => pattern.test(path))) return 'admin';
  if (method === 'GET' || method === 'HEAD') return 'viewer';
  if (method === 'POST' && readingPosts.some((pattern) => pattern.test(path))) return 'viewer';
  return 'editor';
}

/** True for requests that change something and so go into the audit trail. */
export function isWrite(method: string, path: string): boolean {
  const requirement = requirementOf(method, path);
  if (requirement === 'public') return path === '/session' && method !== 'GET';
  return method !== 'GET' && method !== 'HEAD' && requirement !== 'viewer';
}
