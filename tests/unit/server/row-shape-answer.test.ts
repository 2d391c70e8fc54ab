import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapRows } from '../../../server/neo4j/map-rows.ts';
import { errorHandler } from '../../../server/routes/error-handler.ts';

afterEach(() => vi.restoreAllMocks());

describe('a row the server cannot use, through HTTP', () => {
  it('when a route meets one, then it answers the usual 500 body and logs the file and field', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = express();
    app.get('/health', () => {
      mapRows('health/components', [{ version: 5, edition: 'community' }]);
    });
    app.use(errorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toEqual({
        error: {
          code: 'internal_error',
          message: 'Something went wrong on the server; its log has the details.',
        },
      });
      expect(text).not.toMatch(/cypher|at .*\.ts/);
      const line = String(logged.mock.calls[0]?.[0]);
      expect(line).toContain('cypher/health/components.cypher');
      expect(line).toContain('field "version"');
      expect(line.split('\n')).toHaveLength(1);
    } finally {
      server.close();
    }
  });
});
