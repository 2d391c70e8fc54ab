import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors.ts';

/** The embedded Neo4j's login, as kept on disk. */
export interface Neo4jCredentials {
  user: 'neo4j';
  password: string;
}

/** A fresh password: 32 random bytes, URL-safe, far beyond any guessing. */
export function generatePassword(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The embedded Neo4j's password, from `file`; on first use a new one is generated and written
 * there readable by this user only (0600), so other local users and web pages cannot learn it.
 */
export function loadOrCreateCredentials(file: string): Neo4jCredentials {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const created: Neo4jCredentials = { user: 'neo4j', password: generatePassword() };
    // 'wx': if two starts race, the second fails here instead of overwriting the first's password.
    writeFileSync(file, `${JSON.stringify(created)}\n`, { mode: 0o600, flag: 'wx' });
    return created;
  }
  // A copy or a restore may have widened the mode; narrow it again before reading.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Neo4jCredentials>;
    if (typeof stored.password === 'string' && stored.password.length >= 16) {
      return { user: 'neo4j', password: stored.password };
    }
  } catch {
    // Reported below with the way out.
  }
  throw new StartupError(
    `${file} is not a valid credentials file: delete it and start again (a new password is made and set).`,
  );
}
