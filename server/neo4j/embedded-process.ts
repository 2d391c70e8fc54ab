import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { yieldCoresFrom } from '../cpu-share.ts';
import { StartupError } from '../errors.ts';
import { embeddedClasspath } from './embedded-install.ts';
import { requireJava } from './java-runtime.ts';
import { isPortFree } from './port-check.ts';

/** How to run the embedded Neo4j. */
export interface EmbeddedOptions {
  /** Folder holding the database files; created when missing. */
  dataDir: string;
  /** Bolt port, bound on 127.0.0.1 only. */
  boltPort: number;
  /** Java heap, MB. */
  heapMb: number;
  /** Neo4j page cache, MB. */
  pageCacheMb: number;
  /** Password the neo4j user is given (and a data folder made without one is migrated to). */
  password: string;
  /** The `java` to run, when already checked; checked here otherwise. */
  java?: string;
  /** Told once if the process ends without having been asked to stop (a crash, a kill, OOM). */
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
  /** Give up when Bolt is not up after this long (first start of a fresh store takes longest). */
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The login it was started with. */
  user: string;
  password: string;
  /** Resolves once Neo4j has shut down and flushed its store. */
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL), for a Neo4j that no longer answers. */
  kill(): void;
}

const defaultStartTimeoutMs = 120_000;
const stopTimeoutMs = 30_000;

/** Turns Neo4j's start-up failure into the step a person should take. */
function explainFailure(reason: string, options: EmbeddedOptions): string {
  if (/no space left|disk full|ENOSPC/i.test(reason)) {
    return `The disk holding ${options.dataDir} is full: free some space (Neo4j needs a few hundred MB) or set NEO4J_DATA_DIR to another disk.`;
  }
  if (/AccessDenied|permission denied|EACCES|not writable|read-only file system/i.test(reason)) {
    return `Neo4j cannot read or write ${options.dataDir}: give this user access to it, or set NEO4J_DATA_DIR to a folder of yours.`;
  }
  if (
    /corrupt|inconsistent|not a valid|Unable to read|RecoveryRequired|checksum|UnderlyingStorage/i.test(
      reason,
    )
  ) {
    return `Neo4j's data in ${options.dataDir} cannot be read (${reason.slice(0, 160)}): restore it from a backup, or move it away and start again to re-seed.`;
  }
  if (/lock/i.test(reason)) {
    return `Neo4j's data folder ${options.dataDir} is in use by another process: stop the other explorer or set NEO4J_DATA_DIR.`;
  }
  if (/address already in use|bind/i.test(reason)) {
    return `Port ${options.boltPort} is busy: free it or set NEO4J_BOLT_PORT to another port.`;
  }
  return `Neo4j did not start (${reason}): see ${path.join(options.dataDir, 'launcher.log')}, or set NEO4J_URI to use another Neo4j.`;
}

/**
 * Starts Neo4j Community as a child Java process and resolves once Bolt accepts connections.
 * The child runs in its own process group so Ctrl+C reaches only us; we stop it by closing its
 * stdin, which also happens by itself if this process dies.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const java = options.java ?? requireJava();
  if (!(await isPortFree(options.boltPort))) {
    throw new StartupError(
      `Port ${options.boltPort} is busy (another Neo4j or explorer?): stop it or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const log = createWriteStream(path.join(options.dataDir, 'launcher.log'), { flags: 'a' });

  const child = spawn(
    java,
    [
      `-Xmx${options.heapMb}m`,
      '-XX:+UseG1GC',
      // A JVM out of memory is half-alive; exiting lets the supervisor start a clean one.
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      embeddedClasspath,
      'explorer.EmbeddedNeo4j',
      '--home',
      options.dataDir,
      '--port',
      String(options.boltPort),
      '--pagecache',
      String(options.pageCacheMb * 1024 * 1024),
      // One query may hold a quarter of the heap, all queries together 60%: past that Neo4j
      // stops the query with an error instead of the whole JVM running out.
      '--tx-memory',
      String(Math.floor(options.heapMb * 0.25 * 1024 * 1024)),
      '--total-tx-memory',
      String(Math.floor(options.heapMb * 0.6 * 1024 * 1024)),
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      // The password goes in the environment: a command line is readable by every local user.
      env: { ...process.env, EXPLORER_NEO4J_PASSWORD: options.password },
    },
  );
  child.stderr.pipe(log);
  // Neo4j's many threads can take both cores of a small machine for seconds; a lower priority
  // keeps the explorer's own event loop answering (health, the page) while a big query runs.
  if (child.pid) yieldCoresFrom(child.pid);

  await waitForReady(child, options, log);
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.(code, signal);
  });
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    user: 'neo4j',
    password: options.password,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
    kill: () => {
      child.kill('SIGKILL');
    },
  };
}

function waitForReady(
  child: ChildProcess,
  options: EmbeddedOptions,
  log: NodeJS.WritableStream,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(
        new StartupError(
          `Neo4j did not come up within ${Math.round((options.startTimeoutMs ?? defaultStartTimeoutMs) / 1000)} s: see ${path.join(options.dataDir, 'launcher.log')}.`,
        ),
      );
    }, options.startTimeoutMs ?? defaultStartTimeoutMs);

    const onData = (chunk: Buffer) => {
      log.write(chunk);
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('NEO4J_READY')) {
          clearTimeout(timer);
          child.stdout?.off('data', onData);
          child.stdout?.pipe(log);
          resolve();
        } else if (line.startsWith('NEO4J_FAILED')) {
          clearTimeout(timer);
          reject(new StartupError(explainFailure(line.slice('NEO4J_FAILED '.length), options)));
        }
      }
    };
    child.stdout?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new StartupError(
          `Could not run Java (${error.message}): install a JDK 17+ or set NEO4J_URI.`,
        ),
      );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new StartupError(explainFailure(`Java exited with code ${code}`, options)));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.stdin?.end();
  });
}
