import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/neo4j/database.ts';
import { benchApp } from './app-wiring.ts';
import { benchLogin } from './bench-credentials.ts';

/**
 * The real app on a free loopback port, in a process of its own, for the bench (started by
 * child-server.ts): `--bolt <uri> [--client-dir <dir>] [--max-graph-limit <n>]`.
 */
const { values } = parseArgs({
  options: {
    bolt: { type: 'string' },
    'client-dir': { type: 'string' },
    'max-graph-limit': { type: 'string' },
  },
});
if (!values.bolt) {
  console.error('app-server: --bolt <uri> is required.');
  process.exit(2);
}
const db = openDatabase({ uri: values.bolt, ...benchLogin });
const maxGraphLimit = values['max-graph-limit'] ? Number(values['max-graph-limit']) : undefined;
const server = benchApp(db, values['client-dir'], maxGraphLimit).listen(0, '127.0.0.1', () => {
  console.log(`READY ${(server.address() as AddressInfo).port}`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  void db.close().finally(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
