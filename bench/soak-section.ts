import { readFileSync } from 'node:fs';
import type { EventLoopReport, Stall } from '../server/diagnostics/event-loop-report.ts';
import { yieldCoresFromThisThread } from '../server/cpu-share.ts';
import { BenchError } from './bench-error.ts';
import type { BenchContext } from './context.ts';
import { bytes, count, ms, seconds } from './format.ts';
import { memoryGrowth, watchMemory } from './memory-watch.ts';
import { findProcess, residentBytes } from './process-memory.ts';
import { runCli, startSoakServer, type SoakServer } from './soak-server.ts';
import { latencySummary, runTraffic, type RequestKind } from './soak-traffic.ts';
import type { Row } from './table.ts';

const hostileQueries = [
  'CREATE (n:Intruder) RETURN n',
  "LOAD CSV FROM 'http://127.0.0.1:9/x' AS l RETURN l",
  'CALL dbms.listConfig() YIELD name RETURN name',
  'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN x',
];

async function json<T>(base: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new BenchError(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Where the main thread's longest stalls went: our code, waiting for a core, or blocked. */
function logStalls(stalls: Stall[], log: BenchContext['log']): void {
  const total = (pick: (stall: Stall) => number) => stalls.reduce((sum, s) => sum + pick(s), 0);
  const gap = total((s) => s.gapMs);
  const onCpu = total((s) => s.onCpuMs);
  const waiting = total((s) => s.waitingMs);
  log(
    `Main-thread stalls over 100 ms: ${stalls.length}, ${ms(gap)} in all: ${ms(onCpu)} on a core (our code, garbage collection), ${ms(waiting)} waiting for a core, ${ms(Math.max(0, gap - onCpu - waiting))} blocked.`,
  );
  const longest = [...stalls].sort((a, b) => b.gapMs - a.gapMs).slice(0, 10);
  log(
    `Longest: ${longest.map((s) => `${s.atSeconds} s: ${ms(s.gapMs)} (${ms(s.onCpuMs)} on a core, ${ms(s.waitingMs)} waiting)`).join(', ')}.`,
  );
}

function readReport(file: string): EventLoopReport | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventLoopReport;
  } catch {
    return undefined;
  }
}

const neo4jPid = (server: SoakServer) => findProcess(['explorer.EmbeddedNeo4j', server.dataDir]);

/** The request mix: reads people make, queries (some hostile), exports and bad input. */
function mix(ids: string[], names: string[], views: string[]): RequestKind[] {
  let n = 0;
  const pick = <T>(list: T[]): T => list[(n = (n * 7919 + 104729) % 2 ** 31) % list.length]!;
  return [
    {
      name: 'search',
      weight: 20,
      make: () => ({
        method: 'GET',
        path: `/api/search?q=${encodeURIComponent(pick(names).slice(0, 4))}`,
      }),
    },
    {
      name: 'expand',
      weight: 20,
      make: () => ({
        method: 'GET',
        path: `/api/nodes/${pick(ids)}/neighbors?depth=${n % 5 === 0 ? 2 : 1}&limit=100`,
      }),
    },
    {
      name: 'paths',
      weight: 8,
      make: () => ({ method: 'GET', path: `/api/paths?from=${pick(ids)}&to=${pick(ids)}` }),
    },
    {
      name: 'view',
      weight: 12,
      make: () => ({ method: 'POST', path: `/api/views/${pick(views)}/run`, body: { params: {} } }),
    },
    {
      name: 'query',
      weight: 12,
      make: () => ({
        method: 'POST',
        path: '/api/query',
        body: {
          cypher: 'MATCH (n:Entity {id: $id})--(m:Entity) RETURN n, m LIMIT 25',
          params: { id: pick(ids) },
        },
      }),
    },
    {
      name: 'hostile query',
      weight: 4,
      make: () => ({ method: 'POST', path: '/api/query', body: { cypher: pick(hostileQueries) } }),
    },
    {
      name: 'export',
      weight: 1,
      make: () => ({ method: 'GET', path: '/api/export/json?view=world-model-funders' }),
    },
    {
      name: 'bad input',
      weight: 4,
      make: () => ({
        method: 'GET',
        path: n % 2 ? '/api/nodes/does-not-exist' : '/api/graph?limit=abc',
      }),
    },
    { name: 'health', weight: 4, make: () => ({ method: 'GET', path: '/api/health' }) },
  ];
}

/**
 * `--only soak`: the explorer as `npm start` runs it, on a synthetic graph, under mixed traffic
 * with its Neo4j killed once in the middle; reports latencies, errors, the event loop, memory
 * growth and the recovery time.
 */
export async function runSoak(context: BenchContext): Promise<void> {
  const { options, log } = context;
  const durationMs = options.soakSeconds * 1000;
  const server = await startSoakServer(context.cleanup, log);
  log(
    `The explorer answers at ${server.base}; writing ${count(options.soakEntities)} synthetic entities…`,
  );
  await runCli(
    'seed-synthetic-cli.ts',
    ['--entities', String(options.soakEntities)],
    server.env,
    log,
  );

  const graph = await json<{ nodes: { id: string; caption: string }[] }>(
    server.base,
    '/api/graph?limit=2000',
  );
  const ids = graph.nodes.map((node) => node.id);
  const names = graph.nodes.map((node) => node.caption).filter((name) => name.length >= 4);
  const listed = await json<{ views: { id: string; builtin: boolean }[] }>(
    server.base,
    '/api/views',
  );
  const views: string[] = [];
  for (const view of listed.views.filter((each) => each.builtin)) {
    const ran = await fetch(`${server.base}/api/views/${view.id}/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"params":{}}',
    });
    await ran.arrayBuffer();
    if (ran.ok) views.push(view.id);
  }
  const saved: string[] = [];
  for (let i = 1; i <= 5; i += 1) {
    const created = await json<{ view: { id: string } }>(server.base, '/api/views', {
      title: `Soak control ${i}`,
      cypher: `MATCH (n:Entity {camp: 'world-model'}) RETURN n LIMIT ${10 * i}`,
    });
    saved.push(created.view.id);
  }
  log(
    `${ids.length} sampled ids, ${views.length} built-in views, 5 saved control views; ${options.soakConnections} connections for ${seconds(durationMs)}.`,
  );

  const serverMemory = watchMemory(() => server.child.pid, residentBytes);
  const neo4jMemory = watchMemory(() => neo4jPid(server), residentBytes);
  let recoveryMs = Number.NaN;
  const kill = new Promise<void>((resolve) => {
    setTimeout(() => {
      const pid = neo4jPid(server);
      if (!pid) {
        log('Could not find Neo4j to kill.');
        resolve();
        return;
      }
      log(`Killing Neo4j (pid ${pid}) with SIGKILL at ${seconds(durationMs / 2)}…`);
      const killedAt = performance.now();
      process.kill(pid, 'SIGKILL');
      const poll = async () => {
        while (performance.now() - killedAt < 120_000) {
          await new Promise((wait) => setTimeout(wait, 200));
          const health = await fetch(`${server.base}/api/health`).catch(() => undefined);
          await health?.arrayBuffer();
          if (health?.status === 200) {
            recoveryMs = performance.now() - killedAt;
            log(`Neo4j answers again after ${seconds(recoveryMs)}.`);
            return;
          }
        }
      };
      void poll().then(resolve);
    }, durationMs / 2);
  });

  // The 20 connections stand for people on other machines: the loop sending them yields the
  // cores to the server it measures, as the server's own sessions yield to it (cpu-share.ts).
  yieldCoresFromThisThread();
  const traffic = await runTraffic(
    server.base,
    mix(ids, names, views),
    options.soakConnections,
    durationMs,
  );
  await kill;
  serverMemory.stop();
  neo4jMemory.stop();
  const nodeGrowth = memoryGrowth(serverMemory.samples, durationMs);
  const neo4jGrowth = memoryGrowth(neo4jMemory.samples, durationMs);
  let lost = 0;
  for (const id of saved) {
    const answer = await fetch(`${server.base}/api/views/${id}`);
    await answer.arrayBuffer();
    if (answer.status !== 200) lost += 1;
  }
  const exit = await server.stop();
  const loop = readReport(server.reportFile);
  log(`The explorer stopped with exit code ${exit}.`);
  if (loop?.pauses?.length) {
    // When the loop paused, since the server started listening: to line up with the log above.
    const pauses = loop.pauses.map((pause) => `${pause.atSeconds} s: ${ms(pause.maxMs)}`);
    log(`Event-loop pauses over 100 ms (since listening): ${pauses.join(', ')}.`);
  }
  if (loop?.stalls?.length) logStalls(loop.stalls, log);
  if (loop) log(`Main-thread heap in use at the end: ${bytes(loop.heapUsedBytes)}.`);

  const rows: Row[] = [];
  const row = (measure: string, ours: string, target = '', met?: boolean) =>
    rows.push({ section: 'soak', measure, ours, baseline: '—', ratio: '—', target, met });
  let otherServerErrors = 0;
  let shed = 0;
  let unavailable = 0;
  for (const kind of traffic.kinds) {
    const { p50, p95, p99 } = latencySummary(kind);
    const statuses = [...kind.byStatus.entries()].sort(([a], [b]) => a - b);
    row(
      `${kind.name}: p50 / p95 / p99`,
      `${ms(p50)} / ${ms(p95)} / ${ms(p99)}`,
      statuses.map(([status, n]) => `${status}×${count(n)}`).join(' '),
    );
    for (const [status, n] of statuses) {
      if (status >= 500 && status !== 503) otherServerErrors += n;
      if (status === 429) shed += n;
      if (status === 503) unavailable += n;
    }
    if (kind.name === 'hostile query') {
      // A 503 while Neo4j restarts is not a hostile query getting through.
      const allRefused = statuses.every(
        ([status]) => (status >= 400 && status < 500) || status === 503,
      );
      row(
        'hostile queries refused (4xx; 503 in recovery)',
        allRefused ? 'all' : 'NOT all',
        'all',
        allRefused,
      );
    }
  }
  const total = traffic.kinds.reduce((sum, kind) => sum + kind.count, 0);
  row('requests', `${count(total)} (${count(shed)} shed 429, ${count(unavailable)} 503)`);
  row('5xx other than 503', count(otherServerErrors), '0', otherServerErrors === 0);
  row(
    'event loop delay p99 / max',
    loop ? `${ms(loop.p99Ms)} / ${ms(loop.maxMs)}` : 'n/a',
    'max ≤ 100 ms',
    loop ? loop.maxMs <= 100 : false,
  );
  const growthRow = (measure: string, growth: ReturnType<typeof memoryGrowth>) =>
    row(
      measure,
      `${growth.percent.toFixed(1)}% (${bytes(growth.startBytes)} → ${bytes(growth.endBytes)})`,
      '≤ 10%',
      growth.percent <= 10,
    );
  growthRow('server RSS growth after warm-up (medians)', nodeGrowth);
  growthRow('Neo4j RSS growth, across its restart (medians)', neo4jGrowth);
  row('recovery after kill -9', seconds(recoveryMs), '≤ 30 s', recoveryMs <= 30_000);
  row('saved views lost', count(lost), '0', lost === 0);
  context.rows.push(...rows);
  for (const error of traffic.serverErrors.slice(0, 5)) {
    context.warnings.push(`soak: ${error.kind} answered ${error.status}: ${error.body}`);
  }
  context.raw.soak = {
    durationMs,
    entities: options.soakEntities,
    connections: options.soakConnections,
    kinds: traffic.kinds.map((kind) => ({
      name: kind.name,
      count: kind.count,
      ...latencySummary(kind),
      byStatus: Object.fromEntries(kind.byStatus),
    })),
    eventLoop: loop,
    memory: {
      server: { ...nodeGrowth, samples: serverMemory.samples },
      neo4j: { ...neo4jGrowth, samples: neo4jMemory.samples },
    },
    recoveryMs,
    savedViewsLost: lost,
    serverErrors: traffic.serverErrors,
  };
}
