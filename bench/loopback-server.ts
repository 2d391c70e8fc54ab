import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cleanup } from './cleanup.ts';

/**
 * Passes a request on to the app at `appPort` and its answer back, as it came: the bench's own
 * pages are then same-origin with the API they load.
 */
export function proxyToApp(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  appPort: number,
): void {
  const upstream = http.request(
    { host: '127.0.0.1', port: appPort, path: request.url, method: request.method },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => response.writeHead(502).end());
  request.pipe(upstream);
}

/**
 * Starts `server` on a free loopback port, closed (with its open connections) by `cleanup` as
 * `what`; returns its base address.
 */
export async function listenOnLoopback(
  server: http.Server,
  cleanup: Cleanup,
  what: string,
): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.add(what, () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
