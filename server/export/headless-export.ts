import type { Browser } from 'playwright-core';
import { AppError } from '../errors.ts';

export const exportFormats = [
  'png',
  'jpeg',
  'svg',
  'json',
  'cytoscape-json',
  'csv',
  'graphml',
] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface HeadlessExportRequest {
  /** Where the explorer answers, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  view: string;
  params: Record<string, string>;
  format: ExportFormat;
  scale?: number;
  width?: number;
  background?: 'white' | 'dark' | 'transparent';
  area?: 'full' | 'viewport';
  legend?: boolean;
  caption?: boolean;
  /**
   * The requester's Cookie header, so that with sign-in on the page renders as them and never
   * as anyone with more rights.
   */
  cookie?: string;
  /** Aborts the export (its client left): the page is closed and the export rejects. */
  signal?: AbortSignal;
}

export interface ExportedFile {
  name: string;
  bytes: Buffer;
}

/** Checks the view and its parameters through the API before starting a page. */
async function checkView(request: HeadlessExportRequest): Promise<void> {
  const response = await fetch(
    `${request.baseUrl}/api/views/${encodeURIComponent(request.view)}/run`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(request.cookie ? { cookie: request.cookie } : {}),
      },
      body: JSON.stringify({ params: request.params }),
    },
  );
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string };
  } | null;
  throw new AppError(
    // A database that is away is not a bad view: say so, with its status.
    response.status === 404 || response.status >= 500 ? response.status : 400,
    body?.error?.code ?? 'invalid_view',
    body?.error?.message ?? `The view "${request.view}" cannot be run (HTTP ${response.status}).`,
  );
}

/**
 * Renders a view in headless Chromium with the page's own code (layout, styles, exporters) and
 * returns the file the Export menu would have downloaded.
 */
export async function exportInBrowser(
  browser: Browser,
  request: HeadlessExportRequest,
): Promise<ExportedFile> {
  try {
    return await renderInPage(browser, request);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (request.signal?.aborted) throw new AppError(499, 'client_closed', 'The client left.');
    // The next export launches a new Chromium (see chromium.ts).
    if (!browser.isConnected()) {
      throw new AppError(
        503,
        'export_interrupted',
        'The headless browser stopped during the export; try again.',
        { cause: error },
      );
    }
    throw error;
  }
}

async function renderInPage(
  browser: Browser,
  request: HeadlessExportRequest,
): Promise<ExportedFile> {
  await checkView(request);
  const query = new URLSearchParams({ view: request.view, ...request.params });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    extraHTTPHeaders: request.cookie ? { cookie: request.cookie } : {},
  });
  // A page that failed on the way may still hand over a file, but not one to trust.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const closePage = () => void page.close();
  request.signal?.addEventListener('abort', closePage, { once: true });
  try {
    if (request.signal?.aborted) throw new AppError(499, 'client_closed', 'The client left.');
    await page.goto(`${request.baseUrl}/?${query}`);
    const canvas = page.locator('[data-testid="graph-canvas"]');
    await page.waitForFunction(
      () => {
        const state = document
          .querySelector('[data-testid="graph-canvas"]')
          ?.getAttribute('data-state');
        return (
          (state === 'ready' || state === 'error') && typeof window.__explorerExport === 'function'
        );
      },
      undefined,
      { timeout: 60_000 },
    );
    if ((await canvas.getAttribute('data-state')) === 'error') {
      const message = await page.locator('[data-testid="error-message"]').textContent();
      throw new AppError(
        502,
        'export_failed',
        `The page could not draw the view: ${message ?? 'unknown error'}`,
      );
    }
    const exportRequest =
      request.format === 'png' || request.format === 'jpeg' || request.format === 'svg'
        ? {
            kind: 'image' as const,
            choices: {
              format: request.format,
              area: request.area ?? 'full',
              scale: request.scale ?? 2,
              width: request.width,
              background: request.background ?? 'white',
              legend: request.legend ?? true,
              caption: request.caption ?? false,
            },
          }
        : { kind: 'data' as const, format: request.format };
    const file = await page
      .evaluate((req) => window.__explorerExport!(req), exportRequest)
      .catch((error: Error) => {
        const tooLarge = /ExportTooLarge: (.*)/.exec(error.message);
        if (tooLarge) throw new AppError(413, 'export_too_large', tooLarge[1]!);
        throw error;
      });
    if (pageErrors.length > 0) {
      throw new AppError(
        502,
        'export_failed',
        `The page failed while drawing the view (${pageErrors[0]}); nothing was exported.`,
      );
    }
    return { name: file.name, bytes: Buffer.from(file.base64, 'base64') };
  } finally {
    request.signal?.removeEventListener('abort', closePage);
    await page.close();
  }
}
