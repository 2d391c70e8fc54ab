import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../neo4j/database.ts';
import type { Principal } from './roles.ts';

/** How long a session lasts without signing in again. */
export const sessionTtlSeconds = 12 * 60 * 60;

/**
 * How long this process trusts a session it has looked up. Short, because a sign-out or a
 * removed user on another explorer process must take effect quickly; long enough to spare
 * Neo4j a read on every request of a page load.
 */
const cacheMs = 5_000;
const cacheMax = 10_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Server-side sessions in Neo4j: the cookie holds a random token, the database only its hash
 * and an expiry, so any process on the same database can check and revoke it.
 */
export class SessionStore {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly db: Database) {}

  /** Opens a session for `user` and answers the token to put in the cookie. */
  async open(user: Principal, address: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.write('auth/session-create', {
      tokenHash: hashOf(token),
      user: user.name,
      address,
      ttlSeconds: sessionTtlSeconds,
    });
    return token;
  }

  /** The user a token stands for, or undefined when it is unknown, expired or revoked. */
  async resolve(token: string): Promise<Principal | undefined> {
    const key = hashOf(token);
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.principal;
    this.cache.delete(key);
    const [row] = await this.db.read('auth/session-get', { tokenHash: key });
    if (!row) return undefined;
    const principal: Principal = { name: row.name, role: row.role };
    if (this.cache.size >= cacheMax) this.cache.clear();
    this.cache.set(key, { principal, until: Date.now() + cacheMs });
    return principal;
  }

  /** Ends a session at once, here and in the database. */
  async close(token: string): Promise<void> {
    const key = hashOf(token);
    this.cache.delete(key);
    await this.db.write('auth/session-delete', { tokenHash: key });
  }

  /** Forgets cached sessions (after a user is removed or their password changed here). */
  forgetCached(): void {
    this.cache.clear();
  }
}
