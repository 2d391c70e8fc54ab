import { requireJava } from './java-runtime.ts';
import {
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type EmbeddedOptions,
} from './embedded-process.ts';

/** What the app should tell people about its database. */
export type DatabaseState = 'up' | 'recovering' | 'stopped';

/** Waits between restart attempts: quick at first, then no more often than every 30 s. */
const backoffMs = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Keeps the embedded Neo4j running: when its process ends unasked (a crash, a kill, a JVM out of
 * memory) or stops answering, a new one is started on the same folder and port, with backoff.
 * The driver reconnects by itself, so the app goes on without a restart; committed data survives
 * because Neo4j recovers from its transaction log.
 */
export class EmbeddedSupervisor {
  private current: EmbeddedNeo4j | undefined;
  private stateNow: DatabaseState = 'stopped';
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private java: string | undefined;

  constructor(
    private readonly options: Omit<EmbeddedOptions, 'onUnexpectedExit'>,
    private readonly log: (message: string) => void,
  ) {}

  get state(): DatabaseState {
    return this.stateNow;
  }

  /** Starts Neo4j the first time; a failure here is a start-up error for the person to fix. */
  async start(): Promise<EmbeddedNeo4j> {
    // Checked once, here: the check runs `java -version` synchronously, which a restart under
    // load must not do on the event loop (it held it for most of a second in the soak).
    this.java = requireJava();
    this.current = await this.launch();
    this.stateNow = 'up';
    return this.current;
  }

  /** Ends a Neo4j that no longer answers; its exit then starts a new one. */
  replaceUnresponsive(): void {
    if (this.stateNow !== 'up' || !this.current) return;
    this.log('Neo4j stopped answering: ending it and starting a new one…');
    this.current.kill();
  }

  async stop(): Promise<void> {
    this.stateNow = 'stopped';
    clearTimeout(this.retryTimer);
    await this.current?.stop();
  }

  private launch(): Promise<EmbeddedNeo4j> {
    return startEmbeddedNeo4j({
      ...this.options,
      java: this.java,
      onUnexpectedExit: (code, signal) => this.onExit(code, signal),
    });
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stateNow === 'stopped') return;
    this.stateNow = 'recovering';
    this.current = undefined;
    this.log(`Neo4j ended unexpectedly (${signal ?? `exit code ${code}`}): restarting it…`);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const wait = backoffMs[Math.min(this.attempt, backoffMs.length - 1)] ?? 30_000;
    this.attempt += 1;
    this.retryTimer = setTimeout(() => void this.restart(), wait);
    this.retryTimer.unref();
  }

  private async restart(): Promise<void> {
    if (this.stateNow !== 'recovering') return;
    const started = Date.now();
    try {
      const instance = await this.launch();
      if (this.stateNow !== 'recovering') {
        await instance.stop();
        return;
      }
      this.current = instance;
      this.stateNow = 'up';
      this.attempt = 0;
      this.log(`Neo4j is back after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } catch (error) {
      this.log(`Neo4j did not restart (${(error as Error).message}); trying again…`);
      this.scheduleRestart();
    }
  }
}
