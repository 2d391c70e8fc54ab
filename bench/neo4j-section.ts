import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureEmbeddedInstalled } from '../server/neo4j/embedded-install.ts';
import { startEmbeddedNeo4j } from '../server/neo4j/embedded-process.ts';
import { javaExecutable } from '../server/neo4j/java-runtime.ts';
import { findFreePort } from '../server/neo4j/port-check.ts';
import { BenchError } from './bench-error.ts';
import { wanted, type BenchContext } from './context.ts';
import { bytes, seconds } from './format.ts';
import { findProcess, residentBytes } from './process-memory.ts';
import { median } from './stats.ts';
import { figureRow } from './table.ts';
import { benchPassword } from './bench-credentials.ts';

/** The throwaway Neo4j every database section uses. */
export interface BenchNeo4j {
  uri: string;
  /** Its Java process, found by its command line. */
  pid: number | undefined;
  /** Resident memory of its Java process now, bytes. */
  resident(): number;
}

const coldStartTargetMs = 15_000;

/** `java -version` three times: the bare JVM's start, the floor under any Java server. */
function bareJvm(): { startMs: number; peakBytes: number } {
  const java = javaExecutable();
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const probe = spawnSync(java, ['-version'], { stdio: 'ignore' });
    if (probe.error || probe.status !== 0) {
      throw new BenchError(`Could not run ${java} -version: install a JDK 17+ or set JAVA_HOME.`);
    }
    times.push(performance.now() - started);
  }
  // GNU time reports the peak resident set of what it ran, in kB.
  let peakBytes = Number.NaN;
  if (existsSync('/usr/bin/time')) {
    const timed = spawnSync('/usr/bin/time', ['-f', '%M', java, '-version'], { encoding: 'utf8' });
    const kb = Number(timed.stderr.trim().split('\n').at(-1));
    if (Number.isFinite(kb)) peakBytes = kb * 1024;
  }
  return { startMs: median(times), peakBytes };
}

/**
 * Starts a fresh Neo4j in a temp folder on a free port and times it until Bolt answers; reports
 * that beside the bare JVM's start, and its memory once up.
 */
export async function startBenchNeo4j(context: BenchContext): Promise<BenchNeo4j> {
  const { options, log, cleanup } = context;
  await ensureEmbeddedInstalled((message) => log(message));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-neo4j-'));
  cleanup.add(`remove ${dataDir}`, () => rmSync(dataDir, { recursive: true, force: true }));
  const boltPort = await findFreePort();
  log(
    `Starting a throwaway Neo4j on 127.0.0.1:${boltPort} (heap ${options.heapMb} MB, page cache ${options.pageCacheMb} MB) in ${dataDir}…`,
  );
  const started = performance.now();
  const instance = await startEmbeddedNeo4j({
    password: benchPassword,
    dataDir,
    boltPort,
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
  });
  const readyMs = performance.now() - started;
  cleanup.add('stop the throwaway Neo4j', () => instance.stop());
  // startEmbeddedNeo4j keeps its child to itself; its command line names our data folder.
  const pid = findProcess(['explorer.EmbeddedNeo4j', dataDir]);
  const residentAtStart = residentBytes(pid);
  log(`Neo4j is up after ${seconds(readyMs)} (pid ${pid ?? '?'}, RSS ${bytes(residentAtStart)}).`);

  const jvm = bareJvm();
  log(`Bare JVM (java -version): ${seconds(jvm.startMs)}, peak RSS ${bytes(jvm.peakBytes)}.`);
  context.raw.neo4j = {
    boltPort,
    pid,
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    readyMs,
    residentAtStartBytes: residentAtStart,
    bareJvmStartMs: jvm.startMs,
    bareJvmPeakBytes: jvm.peakBytes,
  };
  if (wanted(context, 'neo4j')) {
    context.rows.push(
      figureRow({
        section: 'neo4j',
        measure: 'cold start to Bolt ready (vs java -version)',
        ours: readyMs,
        baseline: jvm.startMs,
        format: seconds,
        target: { text: '≤ 15 s', met: readyMs <= coldStartTargetMs },
      }),
      figureRow({
        section: 'neo4j',
        measure: 'RSS after start (vs bare JVM peak)',
        ours: residentAtStart,
        baseline: jvm.peakBytes,
        format: bytes,
      }),
    );
  }
  return { uri: instance.uri, pid, resident: () => residentBytes(pid) };
}
