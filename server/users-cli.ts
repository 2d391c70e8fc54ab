import os from 'node:os';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { AuditLog } from './auth/audit-log.ts';
import { passwordProblem } from './auth/passwords.ts';
import { roles, userNamePattern, type Role } from './auth/roles.ts';
import { UserStore } from './auth/user-store.ts';
import { loadConfig } from './config.ts';
import { AppError, StartupError } from './errors.ts';
import { connectNeo4j } from './neo4j/connect.ts';

const usage = `Usage:
  npm run users -- add NAME --role viewer|editor|admin --password-stdin
  npm run users -- passwd NAME --password-stdin
  npm run users -- remove NAME
  npm run users -- list
Works beside a running explorer (same embedded Neo4j) and against NEO4J_URI.`;

class UsageError extends Error {}

/** The password, piped in (`printf %s "$PW" | …`) or typed at a prompt that does not echo it. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  process.stdout.write('Password: ');
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = createInterface({ input: process.stdin, output: silent, terminal: true });
  const line = await new Promise<string>((resolve) => prompt.once('line', resolve));
  prompt.close();
  process.stdout.write('\n');
  return line;
}

async function newPassword(): Promise<string> {
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(`The password ${problem}.`);
  return password;
}

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const [command, name] = positionals;
  if (!command || !['add', 'passwd', 'remove', 'list'].includes(command)) throw new UsageError('');
  if (command !== 'list' && (!name || !userNamePattern.test(name))) {
    throw new UsageError('NAME: letters, digits and . _ @ -, at most 64 characters.');
  }
  if ((command === 'add' || command === 'passwd') && !values['password-stdin']) {
    throw new UsageError('Give the password on standard input, with --password-stdin.');
  }
  const role = values.role as Role | undefined;
  if (command === 'add' && (!role || !roles.includes(role))) {
    throw new UsageError(`--role must be one of ${roles.join(', ')}.`);
  }
  return { command, name: name ?? '', role: role ?? 'viewer' };
}

async function main(): Promise<void> {
  const { command, name, role } = parse();
  const password = command === 'add' || command === 'passwd' ? await newPassword() : '';
  const connection = await connectNeo4j(loadConfig(), () => {}, { joinRunning: true });
  const users = new UserStore(connection.db);
  const audit = new AuditLog(connection.db);
  const actor = { name: `cli:${os.userInfo().username}`, role: 'admin' };
  const record = (action: string) =>
    audit.append(actor, { method: 'CLI', path: `/users/${name}`, status: 200, action }, 'local');
  try {
    await connection.db.applySchema('schema');
    if (command === 'list') {
      const listed = await users.list();
      if (listed.length === 0) console.log('No users yet.');
      for (const user of listed) {
        console.log(
          `${user.name}\t${user.role}\t${user.sessions} session(s)\tsince ${user.createdAt}`,
        );
      }
    } else if (command === 'add') {
      const { created } = await users.save(name, role, password);
      await record(created ? `add user as ${role}` : `replace user as ${role}`);
      console.log(`${created ? 'Added' : 'Updated'} ${name} as ${role}.`);
    } else if (command === 'passwd') {
      if (!(await users.setPassword(name, password))) throw new UsageError(`No user ${name}.`);
      await record('change password');
      console.log(`Changed the password of ${name}; their sessions are closed.`);
    } else {
      if (!(await users.remove(name))) throw new UsageError(`No user ${name}.`);
      await record('remove user');
      console.log(`Removed ${name} and closed their sessions.`);
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(`Error: ${error.message}`);
    console.error(usage);
    process.exit(2);
  }
  const message =
    error instanceof AppError || error instanceof StartupError
      ? error.message
      : `the command failed (${(error as Error).message?.split('\n')[0]})`;
  console.error(`Error: ${message}`);
  process.exit(1);
});
