import type { Page } from 'playwright-core';
import { BenchError } from '../bench-error.ts';
import { waitFor } from '../explorer-page.ts';
import type { PeerReport } from './page-probe.ts';

/** How long a peer page took, in page time (from navigation start), and what it reported. */
export interface PeerTiming {
  firstFrameMs: number;
  /** NaN for a page without a layout (the Cytoscape control), or one cut at the cap. */
  settledMs: number;
  /** The layout had not finished by the cap and was stopped there. */
  layoutCut: boolean;
  report: PeerReport;
}

type Seen = { at: number } | { error: string };

/** Waits for the performance mark `name`, or for the page to report an error. */
function markOrError(page: Page, name: string, timeoutMs: number, onTimeout: string) {
  return waitFor(
    page,
    (mark: string): Seen | false => {
      const failed = (window as unknown as { __peer?: PeerReport }).__peer?.error;
      if (failed) return { error: failed };
      const entry = performance.getEntriesByName(mark)[0];
      return entry ? { at: entry.startTime } : false;
    },
    name,
    timeoutMs,
    onTimeout,
  );
}

/**
 * Opens a peer page (see peer-server.ts) and waits for `peer:first-frame` and, when `withLayout`,
 * for `peer:layout-settled`. A layout still running at `timeoutMs` is stopped, so what follows
 * (the interaction) meets a still picture, as on our page; the timing says it was cut.
 */
export async function openPeerTimed(
  page: Page,
  url: string,
  withLayout: boolean,
  timeoutMs: number,
): Promise<PeerTiming> {
  const startedAt = Date.now();
  const left = () => Math.max(1_000, timeoutMs - (Date.now() - startedAt));
  await page.goto(url, { waitUntil: 'commit' });
  const fail = (seen: Seen) => {
    if ('error' in seen) throw new BenchError(`the page failed: ${seen.error}`);
    return seen.at;
  };
  const firstFrameMs = fail(
    await markOrError(
      page,
      'peer:first-frame',
      left(),
      `no first frame within ${timeoutMs / 1000} s`,
    ),
  );
  let settledMs = Number.NaN;
  let layoutCut = false;
  if (withLayout) {
    try {
      settledMs = fail(await markOrError(page, 'peer:layout-settled', left(), 'cap'));
    } catch (error) {
      if (!(error instanceof BenchError && error.message === 'cap')) throw error;
      layoutCut = true;
      await page.evaluate(() =>
        (window as unknown as { __peerStopLayout?: () => void }).__peerStopLayout?.(),
      );
    }
  }
  const report = await page.evaluate(
    () => (window as unknown as { __peer?: PeerReport }).__peer ?? { contexts: [] },
  );
  return { firstFrameMs, settledMs, layoutCut, report };
}
