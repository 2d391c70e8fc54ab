import { Router } from 'express';
import { z } from 'zod';
import { sharedExportHost } from '../export/export-host.ts';
import { exportFormats } from '../export/headless-export.ts';
import { AppError } from '../errors.ts';
import { perClientLimit, type RateLimits } from '../security/rate-limits.ts';
import { WorkQueue } from '../security/work-queue.ts';
import { boundedText, limits, parseParams } from './validate.ts';

/** Query keys the export itself takes; every other key is a parameter of the view. */
const exportKeys = ['view', 'scale', 'width', 'background', 'area', 'legend', 'caption'] as const;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const exportQuery = z.object({
  view: boundedText,
  scale: z.coerce.number().min(1, 'must be at least 1').max(4, 'must be at most 4').optional(),
  width: z.coerce.number().int().min(100).max(40_000, 'must be at most 40000').optional(),
  background: z.enum(['white', 'dark', 'transparent']).optional(),
  area: z.enum(['full', 'viewport']).optional(),
  legend: flag.optional(),
  caption: flag.optional(),
});
const formatParams = z.object({
  format: z.enum(exportFormats, { message: `must be one of ${exportFormats.join(', ')}` }),
});

const contentTypes: Record<(typeof exportFormats)[number], string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  json: 'application/json',
  'cytoscape-json': 'application/json',
  csv: 'application/zip',
  graphml: 'application/graphml+xml',
};

/**
 * GET /api/export/:format?view=<id>&<param>=<value>…: the view rendered by the page's own code
 * in headless Chromium, as a download.
 */
export function exportRoutes(rateLimits: RateLimits): Router {
  const router = Router();
  // Each export is a Chromium page drawing a whole graph: two at a time, four in line.
  const exports = new WorkQueue(2, 4, 'exports');
  // Made now, not on the first export: bundling its worker is main-thread work.
  const exportHost = sharedExportHost();
  router.get(
    '/export/:format',
    perClientLimit(rateLimits.exportsPerMinute, 'exports'),
    async (req, res) => {
      const { format } = parseParams(formatParams, req.params);
      const options = parseParams(exportQuery, req.query);
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.query)) {
        if ((exportKeys as readonly string[]).includes(key)) continue;
        if (typeof value !== 'string' || value.length > limits.textMax) {
          throw new AppError(
            400,
            'invalid_parameter',
            `Parameter "${key}" must be given once, as text of at most ${limits.textMax} characters.`,
          );
        }
        params[key] = value;
      }
      // Where this explorer answers, read now: once the client has gone, its socket no longer knows.
      const { localAddress, localPort } = req.socket;
      if (!localAddress || !localPort || req.socket.destroyed) return;
      const host =
        localAddress.includes(':') && !localAddress.startsWith('::ffff:')
          ? `[${localAddress}]`
          : localAddress.replace('::ffff:', '');
      // A client that leaves cancels its export, waiting or running.
      const gone = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      const file = await exports
        .run(
          () =>
            exportHost.export({
              ...options,
              baseUrl: `http://${host}:${localPort}`,
              params,
              format,
              cookie: req.headers.cookie,
              signal: gone.signal,
            }),
          gone.signal,
        )
        .catch((error: unknown) => {
          if (gone.signal.aborted) return undefined;
          throw error;
        });
      if (!file) return;
      res.setHeader('Content-Type', contentTypes[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
      res.send(file.bytes);
    },
  );
  return router;
}
