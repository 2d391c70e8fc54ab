import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { openDatabase, type Database } from '../server/neo4j/database.ts';
import { runApi } from './api-section.ts';
import { openBenchDriver } from './bench-driver.ts';
import { oneLine } from './bench-error.ts';
import { launchBrowser } from './browser.ts';
import { runBrowser } from './browser-section.ts';
import { runBundle } from './bundle-section.ts';
import { runMillion } from './million-section.ts';
import { runPeers, swiftShaderArgs } from './peers-section.ts';
import { startPeerServer } from './peers/peer-server.ts';
import { startChildServer } from './child-server.ts';
import { Cleanup } from './cleanup.ts';
import { buildClient, type ClientBuild } from './client-build.ts';
import type { BenchContext } from './context.ts';
import { runExport } from './export-section.ts';
import { runIngest } from './ingest-section.ts';
import { runSoak } from './soak-section.ts';
import { startNaiveServer } from './naive-page.ts';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j-section.ts';
import { parseOptions, sectionNames, type SectionName } from './options.ts';
import { describeMachine, resultsFile, writeResults } from './results.ts';
import { failedRow, renderTable } from './table.ts';
import { benchLogin } from './bench-credentials.ts';

/** Caches the first call's promise, so a shared step (the build, the browser) runs once. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const machineAtStart = describeMachine();
  const cleanup = new Cleanup();
  cleanup.onSignals((message) => console.log(message));
  const clock = () => {
    const elapsed = Math.round((Date.now() - startedAt.getTime()) / 1000);
    return `${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, '0')}`;
  };
  const context: BenchContext = {
    options,
    cleanup,
    log: (message) => {
      if (!cleanup.interrupted) console.log(`  ${message}`);
    },
    rows: [],
    warnings: [],
    raw: {},
  };
  const failures: { section: string; message: string }[] = [];
  console.log(
    `Ecosystem Explorer bench${options.quick ? ' (--quick)' : ''}: ${[...options.sections].join(', ')} on ${machineAtStart.cpus} × ${machineAtStart.model}, load average ${machineAtStart.loadAverage.map((value) => value.toFixed(2)).join(' ')}.`,
  );

  /** Runs one step; a failure is recorded and the run goes on with what does not depend on it. */
  const step = async (
    section: SectionName,
    title: string,
    work: () => Promise<void> | void,
  ): Promise<boolean> => {
    if (cleanup.interrupted) return false;
    console.log(`\n[${clock()}] ${title}`);
    try {
      await work();
      return true;
    } catch (error) {
      if (cleanup.interrupted) return false;
      const message = oneLine(error);
      failures.push({ section, message });
      context.rows.push(failedRow(section, title, message));
      console.log(`  ✗ ${message}`);
      return false;
    }
  };
  const skip = (section: SectionName, title: string, missing: string) => {
    if (cleanup.interrupted) return;
    const message = `skipped: needs ${missing}, which failed above`;
    failures.push({ section, message });
    context.rows.push(failedRow(section, title, message));
    console.log(`\n[${clock()}] ${title}\n  ✗ ${message}`);
  };
  const wants = (...names: SectionName[]) => names.some((name) => options.sections.has(name));

  let neo4j: BenchNeo4j | undefined;
  let db: Database | undefined;
  let driver: Driver | undefined;
  let dataReady = false;
  if (wants('neo4j', 'ingest', 'api', 'browser', 'export', 'peers')) {
    await step(
      'neo4j',
      wants('neo4j') ? 'Neo4j cold start + memory' : 'Setup: a throwaway Neo4j (not measured)',
      async () => {
        neo4j = await startBenchNeo4j(context);
        const opened = openDatabase({ uri: neo4j.uri, ...benchLogin });
        cleanup.add('close the seeding connection', () => opened.close());
        db = opened;
        driver = openBenchDriver(neo4j.uri, cleanup);
      },
    );
  }
  if (wants('ingest', 'api', 'browser', 'export', 'peers')) {
    const title = wants('ingest')
      ? `Ingest: ${options.ingestSizes.map((n) => n.toLocaleString('en')).join(' and ')} synthetic entities`
      : `Setup: article seed + ${options.ingestSizes.at(-1)!.toLocaleString('en')} synthetic entities (not measured)`;
    if (neo4j && db && driver) {
      const [instance, database, bench] = [neo4j, db, driver];
      dataReady = await step('ingest', title, () => runIngest(context, instance, database, bench));
    } else skip('ingest', title, 'Neo4j');
  }
  if (wants('api')) {
    const title = `API latency and throughput (${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.loadSeconds} s)`;
    if (neo4j && driver && dataReady) {
      const [instance, bench] = [neo4j, driver];
      await step('api', title, () => runApi(context, instance, bench));
    } else skip('api', title, 'Neo4j and its data');
  }

  const client = once<ClientBuild>(() => buildClient(context));
  const browser = once<Browser>(() => launchBrowser(cleanup));
  const appWithClient = once(async () => {
    const build = await client();
    // The peers section draws past the app's own cap of 20,000 entities (limits.graphMax).
    const graphCap = wants('peers')
      ? ['--max-graph-limit', String(Math.max(...options.peerSizes))]
      : [];
    const app = await startChildServer(
      'app-server.ts',
      ['--bolt', neo4j!.uri, '--client-dir', build.dir, ...graphCap],
      cleanup,
    );
    context.log(`The app serves the fresh build at http://127.0.0.1:${app.port}.`);
    return { base: `http://127.0.0.1:${app.port}`, lastError: app.lastError };
  });
  if (wants('browser')) {
    const title = `Browser: first frame and layout at ${options.browserSizes.map((n) => n.toLocaleString('en')).join(', ')} entities`;
    if (neo4j && dataReady) {
      await step('browser', title, async () => {
        const app = await appWithClient();
        const naiveBase = await startNaiveServer(Number(new URL(app.base).port), cleanup);
        await runBrowser(context, await browser(), app, naiveBase);
      });
    } else skip('browser', title, 'Neo4j and its data');
  }
  if (wants('export')) {
    const title = `PNG export at ${options.exportSize.toLocaleString('en')} entities`;
    if (neo4j && dataReady) {
      await step('export', title, async () =>
        runExport(context, await browser(), (await appWithClient()).base),
      );
    } else skip('export', title, 'Neo4j and its data');
  }
  if (wants('peers')) {
    const title = `Peers: ours, sigma.js and Cytoscape WebGL at ${options.peerSizes.map((n) => n.toLocaleString('en')).join(', ')} entities`;
    if (neo4j && dataReady) {
      await step('peers', title, async () => {
        const app = await appWithClient();
        const peerBase = await startPeerServer(Number(new URL(app.base).port), cleanup);
        // A browser of its own: WebGL needs SwiftShader here, and the other sections run without it.
        const webglBrowser = await launchBrowser(cleanup, swiftShaderArgs);
        context.log(
          `Chromium for this section launched with ${swiftShaderArgs.join(' ')} (WebGL on the CPU, no GPU here).`,
        );
        await runPeers(context, webglBrowser, app, peerBase);
      });
    } else skip('peers', title, 'Neo4j and its data');
  }
  if (wants('million')) {
    await step(
      'million',
      `A million: ${options.millionEntities.toLocaleString('en')} entities imported offline, then served one request at a time`,
      () => runMillion(context, browser, client, context.onlinePerSecond ?? Number.NaN),
    );
  }
  if (wants('soak')) {
    await step(
      'soak',
      `Soak: ${options.soakSeconds} s of mixed traffic at ${options.soakConnections} connections on ${options.soakEntities.toLocaleString('en')} entities, Neo4j killed once`,
      () => runSoak(context),
    );
  }
  if (wants('bundle')) {
    await step('bundle', 'Bundle size', async () => runBundle(context, await client()));
  }

  if (cleanup.interrupted) {
    // The signal handler is tearing everything down and exits when done.
    await cleanup.runAll();
    return 130;
  }
  console.log(`\n[${clock()}] Cleaning up…`);
  await cleanup.runAll();
  const order = (section: string) => sectionNames.indexOf(section as SectionName);
  context.rows.sort((a, b) => order(a.section) - order(b.section));
  writeResults(context, { startedAt, machineAtStart }, failures);
  const targets = context.rows.filter((row) => row.met !== undefined);
  console.log(`\n${renderTable(context.rows)}\n`);
  for (const warning of context.warnings) console.log(`Note: ${warning}`);
  console.log(
    `Targets met: ${targets.filter((row) => row.met).length} of ${targets.length}. Raw numbers: ${resultsFile}. Took ${clock()}.`,
  );
  if (failures.length > 0) {
    console.log(`${failures.length} step(s) failed: ${failures.map((f) => f.section).join(', ')}.`);
  }
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${oneLine(error)}`);
    process.exit(1);
  },
);
