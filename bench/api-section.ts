import type { Driver } from 'neo4j-driver';
import { BenchError } from './bench-error.ts';
import { startChildServer } from './child-server.ts';
import type { BenchContext } from './context.ts';
import { CpuAccount } from './cpu-time.ts';
import { count, ms, perSecond, seconds } from './format.ts';
import { httpLoad, type HttpScenario } from './http-load.ts';
import { driverLoad } from './driver-load.ts';
import type { BenchNeo4j } from './neo4j-section.ts';
import { recordQueries, type RecordedQuery, type RecordedRequest } from './query-recorder.ts';
import { sampleWorkload } from './sample.ts';
import { mergeTimings, summarize, type LatencySummary, type Timings } from './stats.ts';
import { figureRow, type Row } from './table.ts';

/** One API use case: the requests autocannon sends in turn. */
interface Scenario {
  name: string;
  http: HttpScenario;
  /** The entity each request expands, when it expands one. */
  ids?: string[];
}

/** Built-in views that read a fair part of the graph, best first. */
const preferredViews = [
  'funding-totals-by-investor',
  'world-model-funders',
  'llm-vs-world-model-camps',
];
const hopTargetMs = 20;
/** Cores other processes may use during a phase before its figures get a caveat. */
const busyOthers = 0.25;
const ratioTarget = 1.5;
/** A saved view runs one query; the app's share of its time is small (issue 14). */
const viewRatioTarget = 1.3;
/** What the app may add to the driver's own 1-hop p95 at 10 connections, ms. */
const addedTargetMs = 2;

interface ViewListing {
  views: { id: string; builtin: boolean; params: unknown[] }[];
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) {
    throw new BenchError(
      `${init?.method ?? 'GET'} ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
    );
  }
  return (await response.json()) as T;
}

/** A view from GET /api/views, preferring ones that read a lot; its default parameters. */
async function pickView(base: string): Promise<{ id: string }> {
  const { views } = await getJson<ViewListing>(`${base}/api/views`);
  const builtin = views.filter((view) => view.builtin);
  const view =
    preferredViews.map((id) => builtin.find((item) => item.id === id)).find(Boolean) ??
    builtin.find((item) => item.params.length === 0);
  if (!view) throw new BenchError('GET /api/views lists no built-in view without parameters.');
  return { id: view.id };
}

/**
 * Latency and throughput of the real app under `connections` concurrent clients, beside the
 * driver floor (the queries the app ran for each request, straight through neo4j-driver) and the
 * framework floor (a bare Express app).
 */
export async function runApi(
  context: BenchContext,
  neo4j: BenchNeo4j,
  driver: Driver,
): Promise<void> {
  const { options, log, cleanup } = context;
  const plan = {
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    loadSeconds: options.loadSeconds,
  };
  log(`Sampling ${options.sampledIds} ids (${options.hubIds} hubs) and search prefixes…`);
  const sample = await sampleWorkload(driver, options.sampledIds, options.hubIds);
  const app = await startChildServer('app-server.ts', ['--bolt', neo4j.uri], cleanup);
  const base = `http://127.0.0.1:${app.port}`;
  log(`The app listens on ${base} (pid ${app.pid}).`);
  const view = await pickView(base);
  const neighbors = (depth: number): Scenario => ({
    name: `${depth}-hop`,
    http: {
      paths: sample.ids.map(
        (id) => `/api/nodes/${encodeURIComponent(id)}/neighbors?depth=${depth}`,
      ),
    },
    ids: sample.ids,
  });
  const hubs = new Set(sample.hubs);
  const scenarios: Scenario[] = [
    {
      name: 'search',
      http: { paths: sample.searches.map((q) => `/api/search?q=${encodeURIComponent(q)}`) },
    },
    neighbors(1),
    neighbors(2),
    {
      name: `view ${view.id}`,
      http: {
        method: 'POST',
        body: JSON.stringify({ params: {} }),
        paths: [`/api/views/${encodeURIComponent(view.id)}/run`],
      },
    },
  ];

  const raw: Record<string, unknown> = {
    plan,
    appPid: app.pid,
    sample: { ids: sample.ids.length, hubs: sample.hubs, searches: sample.searches.length },
    view: view.id,
    scenarios: {} as Record<string, unknown>,
  };
  context.raw.api = raw;
  const slice = plan.loadSeconds / options.slices;
  for (const scenario of scenarios) {
    const requests: RecordedRequest[] = scenario.http.paths.map((path) => ({
      method: scenario.http.method ?? 'GET',
      path,
      body: scenario.http.body,
    }));
    log(
      `${scenario.name}: noting the queries the app runs for each of ${requests.length} requests…`,
    );
    const recordedAt = performance.now();
    const recording = await recordQueries(neo4j.uri, requests, (done) =>
      log(`  …${done} of ${requests.length}`),
    );
    const recorded = recording.queries;
    log(
      `  ${recorded.flat().length} queries in ${seconds(performance.now() - recordedAt)} (${Object.entries(
        queryMix(recorded),
      )
        .map(([name, times]) => `${name} ×${times}`)
        .join(', ')})`,
    );
    const alone = scenario.ids ? aloneByKind(recording.aloneMs, scenario.ids, hubs) : undefined;
    if (alone) {
      log(
        `  one request at a time: hubs p50 ${ms(alone.hubs.p50)} / p95 ${ms(alone.hubs.p95)}, others p50 ${ms(alone.others.p50)} / p95 ${ms(alone.others.p95)}`,
      );
    }
    log(
      `${scenario.name}: ${plan.warmupSeconds} s warm-ups, then API and driver floor take turns, ${options.slices} × ${slice} s each…`,
    );
    const apiCpu = new CpuAccount({ app: app.pid, neo4j: neo4j.pid, bench: process.pid });
    const floorCpu = new CpuAccount({ neo4j: neo4j.pid, bench: process.pid });
    const apiParts: Timings[] = [];
    const floorParts: Timings[] = [];
    const apiCursor = { next: 0 };
    const floorCursor = { next: 0 };
    const warmup = {
      connections: plan.connections,
      warmupSeconds: plan.warmupSeconds,
      seconds: 0,
      tailSeconds: 0,
    };
    let slowestMs = Math.max(
      (await httpLoad(base, scenario.http, warmup, apiCursor, cleanup)).slowestMs,
      (await driverLoad(driver, recorded, warmup, floorCursor)).slowestMs,
    );
    for (let turn = 0; turn < options.slices; turn++) {
      const window = {
        connections: plan.connections,
        warmupSeconds: 0,
        seconds: slice,
        tailSeconds: tailSeconds(slowestMs),
      };
      const apiPart = await apiCpu.measure(() =>
        httpLoad(base, scenario.http, window, apiCursor, cleanup),
      );
      const floorPart = await floorCpu.measure(() =>
        driverLoad(driver, recorded, window, floorCursor),
      );
      apiParts.push(apiPart);
      floorParts.push(floorPart);
      slowestMs = Math.max(slowestMs, apiPart.slowestMs, floorPart.slowestMs);
    }
    const api = summarizeOrFail(`${scenario.name} through the API`, mergeTimings(apiParts));
    const floor = summarizeOrFail(`${scenario.name} driver floor`, mergeTimings(floorParts));
    log(`  API:    ${describe(api)}; cores: ${cores(apiCpu.cores())}`);
    log(`  driver: ${describe(floor)}; cores: ${cores(floorCpu.cores())}`);
    const others = Math.max(apiCpu.cores().others!, floorCpu.cores().others!);
    if (others > busyOthers) {
      context.warnings.push(
        `other processes kept ${others.toFixed(2)} cores busy during "${scenario.name}": its figures are slower than on a quiet machine.`,
      );
    }
    (raw.scenarios as Record<string, unknown>)[scenario.name] = {
      queries: queryMix(recorded),
      oneAtATime: alone ?? summarize({ latencies: recording.aloneMs, errors: 0, seconds: 1 }),
      api,
      driver: floor,
      cores: { api: apiCpu.cores(), driver: floorCpu.cores() },
    };
    context.rows.push(...scenarioRows(scenario.name, api, floor));
  }
  await app.stop();

  const bare = await startChildServer('bare-express-server.ts', [], cleanup);
  log(`framework floor: bare Express 5 for ${plan.warmupSeconds} + ${plan.loadSeconds} s…`);
  const bareCpu = new CpuAccount({ express: bare.pid, bench: process.pid });
  const framework = summarizeOrFail(
    'bare Express',
    await bareCpu.measure(() =>
      httpLoad(
        `http://127.0.0.1:${bare.port}`,
        { paths: ['/'] },
        {
          connections: plan.connections,
          warmupSeconds: plan.warmupSeconds,
          seconds: plan.loadSeconds,
          tailSeconds: 0.5,
        },
        { next: 0 },
        cleanup,
      ),
    ),
  );
  await bare.stop();
  log(`  ${describe(framework)}; cores: ${cores(bareCpu.cores())}`);
  raw.frameworkFloor = { ...framework, cores: bareCpu.cores() };
  const hop = (raw.scenarios as Record<string, { api: LatencySummary; driver: LatencySummary }>)[
    '1-hop'
  ]!;
  context.rows.push(
    figureRow({
      section: 'api',
      measure: '1-hop p95 added over driver (vs bare Express p95)',
      ours: hop.api.p95 - hop.driver.p95,
      baseline: framework.p95,
      format: ms,
      // Below zero the difference is noise: no ratio to read.
      ratio: hop.api.p95 > hop.driver.p95 ? 'ours/baseline' : 'none',
      target: { text: '≤ 2 ms', met: hop.api.p95 - hop.driver.p95 <= addedTargetMs },
    }),
    figureRow({
      section: 'api',
      measure: 'bare Express 5 req/s (framework floor)',
      ours: Number.NaN,
      baseline: framework.requestsPerSecond,
      format: perSecond,
      ratio: 'none',
    }),
  );
}

/** Long enough for the slowest request seen so far to finish twice over, within bounds. */
function tailSeconds(slowestMs: number): number {
  return Math.min(6, Math.max(0.5, (2 * slowestMs) / 1000));
}

/** Unloaded latency of hub expansions beside ordinary ones (seconds are irrelevant here). */
function aloneByKind(aloneMs: number[], ids: string[], hubs: ReadonlySet<string>) {
  const pick = (hub: boolean) =>
    summarize({
      latencies: aloneMs.filter((_value, index) => hubs.has(ids[index]!) === hub),
      errors: 0,
      seconds: 1,
    });
  return { hubs: pick(true), others: pick(false) };
}

/** Which named queries the app ran for a scenario, and how many times over its requests. */
function queryMix(recorded: RecordedQuery[][]): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const query of recorded.flat()) mix[query.name] = (mix[query.name] ?? 0) + 1;
  return mix;
}

/** A summary, or a one-line failure when nothing in the phase succeeded. */
function summarizeOrFail(what: string, timings: Timings): LatencySummary {
  if (timings.latencies.length === 0) {
    throw new BenchError(
      `${what}: no request succeeded (${timings.errors} failed, first: ${timings.firstError ?? 'none finished'}).`,
    );
  }
  return summarize(timings);
}

function describe(summary: LatencySummary): string {
  const errors = summary.errors > 0 ? `, ${count(summary.errors)} errors` : '';
  return `p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)}, p99 ${ms(summary.p99)}, ${perSecond(summary.requestsPerSecond)} (${count(summary.count)} requests${errors})`;
}

function cores(usage: Record<string, number>): string {
  return Object.entries(usage)
    .map(([name, value]) => `${name} ${Number.isFinite(value) ? value.toFixed(2) : '?'}`)
    .join(', ');
}

function scenarioRows(name: string, api: LatencySummary, floor: LatencySummary): Row[] {
  const latency = (label: 'p50' | 'p95' | 'p99') => {
    const ratio = api[label] / floor[label];
    const checks: { text: string; met: boolean }[] = [];
    if (label === 'p95') {
      if (name === '1-hop') checks.push({ text: '≤ 20 ms', met: api.p95 <= hopTargetMs });
      const most = name.startsWith('view') ? viewRatioTarget : ratioTarget;
      checks.push({ text: `≤ ${most}x driver`, met: ratio <= most });
    }
    return figureRow({
      section: 'api',
      measure: `${name} ${label} (vs driver floor)`,
      ours: api[label],
      baseline: floor[label],
      format: ms,
      target:
        checks.length > 0
          ? {
              text: checks.map((check) => check.text).join(', '),
              met: checks.every((check) => check.met),
            }
          : undefined,
    });
  };
  const throughput = figureRow({
    section: 'api',
    measure: `${name} req/s (vs driver floor)${api.errors > 0 ? ` [${api.errors} errors]` : ''}`,
    ours: api.requestsPerSecond,
    baseline: floor.requestsPerSecond,
    format: perSecond,
  });
  return [latency('p50'), latency('p95'), latency('p99'), throughput];
}
