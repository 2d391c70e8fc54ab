import type { Database } from '../neo4j/database.ts';
import type { Principal } from './roles.ts';

/** One write as the audit trail keeps it. */
export interface AuditEntry {
  at: string;
  user: string;
  role: string;
  method: string;
  path: string;
  status: number;
  address: string;
  /** In words, e.g. "create view", "sign in", "add user". */
  action: string;
}

/** What a write did, in words, from its method and path (under /api, or a CLI command). */
export function describeAction(method: string, path: string): string {
  if (path === '/session') return method === 'POST' ? 'sign in' : 'sign out';
  if (path.startsWith('/views')) {
    const verb =
      { POST: 'create', PUT: 'update', DELETE: 'delete' }[method] ?? method.toLowerCase();
    return `${verb} view`;
  }
  return `${method.toLowerCase()} ${path.split('/')[1] ?? ''}`.trim();
}

/** The audit trail in Neo4j: every write, who made it, when and from where. */
export class AuditLog {
  constructor(private readonly db: Database) {}

  async append(
    who: Principal | { name: string; role: string },
    what: { method: string; path: string; status: number; action?: string },
    address: string,
  ): Promise<void> {
    await this.db.write('auth/audit-append', {
      entry: {
        user: who.name,
        role: who.role,
        method: what.method,
        path: what.path,
        status: what.status,
        address,
        action: what.action ?? describeAction(what.method, what.path),
      },
    });
  }

  async recent(limit: number): Promise<AuditEntry[]> {
    return this.db.read('auth/audit-recent', { limit });
  }
}
