/** What each role may do, each including the ones before it. */
export const roles = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** A signed-in person, as routes see them. */
export interface Principal {
  name: string;
  role: Role;
}

/** True when `role` is `needed` or above. */
export function hasRole(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}

/** The person every request is made by when sign-in is off: the machine's own user. */
export const localPrincipal: Principal = { name: 'local', role: 'admin' };

/** User names: what a person types, without spaces or control characters. */
export const userNamePattern = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
