import type { Database } from '../neo4j/database.ts';
import { hashPassword } from './passwords.ts';
import type { Role } from './roles.ts';

/** A user as listed to an admin: never the hash. */
export interface UserSummary {
  name: string;
  role: Role;
  createdAt: string;
  sessions: number;
}

/**
 * Explorer users, kept in Neo4j so that every explorer process on the same database shares them.
 */
export class UserStore {
  constructor(private readonly db: Database) {}

  /** Adds a user or replaces an existing one's role and password; answers whether it is new. */
  async save(name: string, role: Role, password: string): Promise<{ created: boolean }> {
    const { rows } = await this.db.write('auth/user-upsert', {
      name,
      role,
      passwordHash: await hashPassword(password),
    });
    return { created: rows[0]?.created ?? false };
  }

  /** Sets a new password and closes every session the user had; false when there is no such user. */
  async setPassword(name: string, password: string): Promise<boolean> {
    const { rows } = await this.db.write('auth/user-set-password', {
      name,
      passwordHash: await hashPassword(password),
    });
    return rows.length > 0;
  }

  /** Removes a user and their sessions; false when there was no such user. */
  async remove(name: string): Promise<boolean> {
    const { rows } = await this.db.write('auth/user-remove', { name });
    return rows.length > 0;
  }

  async list(): Promise<UserSummary[]> {
    return this.db.read('auth/user-list');
  }

  /** The stored hash and role for a sign-in check; undefined for an unknown name. */
  async credentialsOf(name: string): Promise<{ role: Role; passwordHash: string } | undefined> {
    const [row] = await this.db.read('auth/user-get', { name });
    if (!row) return undefined;
    return { role: row.role, passwordHash: row.passwordHash };
  }
}
