import type { Browser } from 'playwright-core';
import { BenchError, oneLine } from './bench-error.ts';
import { freshPage } from './browser.ts';
import type { BenchContext } from './context.ts';
import { count, ms, ratio, seconds, size } from './format.ts';
import { openExplorerTimed, type ExplorerTiming } from './explorer-page.ts';
import { timeNaivePage, type NaiveTiming } from './naive-page.ts';
import { failedRow, figureRow, type Row } from './table.ts';

/** Time-to-first-frame targets by size. */
const firstFrameTargetMs: Record<number, number> = { 5_000: 2_000, 20_000: 6_000 };
const speedupTarget = 5;
const speedupAt = 5_000;

/** Opens `limit` entities straight from the API, outside the browser: warms Neo4j for both pages. */
export async function warmGraph(app: AppHandle, nodes: number): Promise<number> {
  const response = await fetch(`${app.base}/api/graph?limit=${nodes}`);
  const text = await response.text();
  if (response.status === 400) {
    throw new BenchError(
      `GET /api/graph?limit=${nodes} answered 400 (${text.slice(0, 160)}): the API caps the limit below this size`,
    );
  }
  if (!response.ok) {
    throw new BenchError(
      `GET /api/graph?limit=${nodes} answered ${response.status}; the app logged: ${app.lastError()}`,
    );
  }
  return (JSON.parse(text) as { nodes: unknown[] }).nodes.length;
}

/** The app serving the fresh client build. */
export interface AppHandle {
  base: string;
  lastError(): string;
}

/**
 * For each size, our page against the naive page (all elements, fcose on the main thread) on the
 * same API answer: time to first frame, to a settled layout, and main-thread long tasks.
 */
export async function runBrowser(
  context: BenchContext,
  browser: Browser,
  app: AppHandle,
  naiveBase: string,
): Promise<void> {
  const appBase = app.base;
  const { options, log } = context;
  const results: Record<string, unknown> = {};
  context.raw.browser = results;
  for (const nodes of options.browserSizes) {
    const label = `N=${size(nodes)}`;
    let ours: ExplorerTiming;
    let naive: NaiveTiming;
    try {
      const served = await warmGraph(app, nodes);
      log(`${label}: the API serves ${count(served)} entities; opening our page…`);
      const { page, close } = await freshPage(browser);
      try {
        ours = await openExplorerTimed(
          page,
          `${appBase}/?limit=${nodes}`,
          nodes,
          options.pageTimeoutMs,
        );
      } finally {
        await close();
      }
      log(
        `  ours: first frame ${seconds(ours.firstFrameMs)}, settled ${seconds(ours.settledMs)}, longest task ${ms(ours.longTasks.longestMs)}, ${ours.longTasks.over200} over 200 ms${ours.via === 'fallback' ? ' (no explorer:* marks yet: bench stand-ins used)' : ''}`,
      );
      log(`  naive page (fcose on the main thread, capped at ${options.naiveCapMs / 1000} s)…`);
      naive = await timeNaivePage(browser, naiveBase, nodes, options.naiveCapMs);
      log(
        naive.finished
          ? `  naive: first frame ${seconds(naive.firstFrameMs)}, longest task ${ms(naive.longTasks.longestMs)}`
          : `  naive: did not finish in ${naive.capMs / 1000} s`,
      );
    } catch (error) {
      log(`  ${label} failed: ${oneLine(error)}`);
      results[label] = { error: oneLine(error) };
      context.rows.push(failedRow('browser', `${label} first frame`, oneLine(error)));
      continue;
    }
    results[label] = { nodes, ours, naive };
    context.rows.push(...sizeRows(nodes, ours, naive));
  }
}

function sizeRows(nodes: number, ours: ExplorerTiming, naive: NaiveTiming): Row[] {
  const label = `N=${size(nodes)}`;
  const note = ours.via === 'fallback' ? ' [stand-in marks]' : '';
  const frameTarget = firstFrameTargetMs[nodes];
  const checks: { text: string; met: boolean }[] = [];
  if (frameTarget !== undefined) {
    checks.push({ text: `≤ ${frameTarget / 1000} s`, met: ours.firstFrameMs <= frameTarget });
  }
  const speedup = naive.finished
    ? naive.firstFrameMs / ours.firstFrameMs
    : naive.capMs / ours.firstFrameMs;
  if (nodes === speedupAt) {
    checks.push({ text: `≥ ${speedupTarget}x faster`, met: speedup >= speedupTarget });
  }
  const target =
    checks.length > 0
      ? { text: checks.map((check) => check.text).join(', '), met: checks.every((c) => c.met) }
      : undefined;
  const firstFrame: Row = naive.finished
    ? figureRow({
        section: 'browser',
        measure: `${label} first frame (vs naive; ratio = speed-up)${note}`,
        ours: ours.firstFrameMs,
        baseline: naive.firstFrameMs,
        format: seconds,
        ratio: 'baseline/ours',
        target,
      })
    : {
        section: 'browser',
        measure: `${label} first frame (vs naive; ratio = speed-up)${note}`,
        ours: seconds(ours.firstFrameMs),
        baseline: `did not finish in ${naive.capMs / 1000} s`,
        ratio: `> ${ratio(speedup)}`,
        target: target?.text ?? '',
        met: target?.met,
      };
  const longest = naive.finished ? naive.longTasks.longestMs : Number.NaN;
  return [
    firstFrame,
    figureRow({
      section: 'browser',
      measure: `${label} layout settled (vs naive first frame)${note}`,
      ours: ours.settledMs,
      baseline: naive.finished ? naive.firstFrameMs : Number.NaN,
      format: seconds,
      ratio: 'baseline/ours',
    }),
    figureRow({
      section: 'browser',
      measure: `${label} longest main-thread task (vs naive)`,
      ours: ours.longTasks.longestMs,
      baseline: longest,
      format: ms,
      target: { text: '≤ 200 ms', met: ours.longTasks.longestMs <= 200 },
    }),
    figureRow({
      section: 'browser',
      measure: `${label} tasks over 200 ms (vs naive)`,
      ours: ours.longTasks.over200,
      baseline: naive.finished ? naive.longTasks.over200 : Number.NaN,
      format: count,
      ratio: 'none',
      target: { text: '0', met: ours.longTasks.over200 === 0 },
    }),
  ];
}
