import type { Config } from '../config.ts';
import type { Database } from '../neo4j/database.ts';
import { UserStore } from './user-store.ts';

/** One line for the start-up log: who can reach the explorer, and what to do next if nobody can. */
export async function describeAccess(config: Config, db: Database): Promise<string> {
  if (config.EXPLORER_AUTH === 'off') {
    return `Sign-in is off: anyone who can reach ${config.HOST}:${config.PORT} uses the explorer as its admin (fine on loopback; set EXPLORER_AUTH=on to share it).`;
  }
  const users = await new UserStore(db).list().catch(() => undefined);
  const count = users === undefined ? 'an unknown number of' : String(users.length);
  const next =
    users?.length === 0
      ? ' No user exists yet: add one with `npm run users -- add NAME --role admin --password-stdin`.'
      : '';
  return `Sign-in is on: ${count} user(s) can sign in; viewers read, editors also write, admins also manage users.${next}`;
}
