import type { LoadWindow } from './http-load.ts';
import type { Timings } from './stats.ts';

/**
 * What both load generators (httpLoad, driverLoad) count in a LoadWindow, the same way: a
 * request counts when it was sent within the measured seconds, which start after the warm-up
 * from the moment the tally is made. The slowest request is kept whether it counts or not.
 */
export class WindowTally {
  /** Where the measured seconds begin and end, in performance.now() time. */
  readonly measureFrom: number;
  readonly measureTo: number;
  private readonly latencies: number[] = [];
  private errors = 0;
  private firstError: string | undefined;
  private slowestMs = 0;

  constructor(private readonly window: LoadWindow) {
    this.measureFrom = performance.now() + window.warmupSeconds * 1000;
    this.measureTo = this.measureFrom + window.seconds * 1000;
  }

  /** Whether a request sent at `sent` falls within the measured seconds. */
  measures(sent: number): boolean {
    return sent >= this.measureFrom && sent <= this.measureTo;
  }

  /** A request, counted or not, took `ms`. */
  took(ms: number): void {
    this.slowestMs = Math.max(this.slowestMs, ms);
  }

  succeeded(latencyMs: number): void {
    this.latencies.push(latencyMs);
  }

  /** A counted failure; its message is kept if it is the first heard. */
  failed(message?: string): void {
    this.errors += 1;
    if (message !== undefined) this.heardError(message);
  }

  /** Keeps the first failure's message, counted or not, to explain a phase where nothing worked. */
  heardError(message: string): void {
    this.firstError ??= message;
  }

  get slowest(): number {
    return this.slowestMs;
  }

  timings(): Timings {
    const { latencies, errors, slowestMs, firstError } = this;
    return { latencies, errors, seconds: this.window.seconds, slowestMs, firstError };
  }
}
