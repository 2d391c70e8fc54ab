import type { AddressInfo } from 'node:net';
import express from 'express';

/**
 * The framework floor: a bare Express 5 app with one route answering constant JSON, in its own
 * process like the real app (started by child-server.ts).
 */
const body = { ok: true, nodes: [], edges: [] };
const app = express();
app.disable('x-powered-by');
app.get('/', (_req, res) => {
  res.json(body);
});
const server = app.listen(0, '127.0.0.1', () => {
  console.log(`READY ${(server.address() as AddressInfo).port}`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
