/**
 * Failures allowed before sign-in is slowed down: few for one user name, more for one address,
 * since a whole team may sign in from behind one proxy.
 */
const freeAttempts = { user: 5, address: 20 } as const;
export type ThrottleKey = `${keyof typeof freeAttempts}:${string}`;
/** Failures are forgotten after this long without one. */
const windowMs = 15 * 60_000;
/** The wait after the first failure past the free ones; it doubles with each further failure. */
const firstWaitMs = 30_000;
const longestWaitMs = 15 * 60_000;
/** Most keys tracked; past it the oldest are dropped, so a flood cannot exhaust memory. */
const maxKeys = 50_000;

interface Failures {
  count: number;
  last: number;
}

/**
 * Slows down password guessing, per user name and per address alike: after a handful of failures
 * a key must wait, twice as long after each further failure.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before `keys` may try again, or 0. */
  retryAfterSeconds(keys: ThrottleKey[]): number {
    let waitMs = 0;
    for (const key of keys) {
      const entry = this.current(key);
      const free = key.startsWith('user:') ? freeAttempts.user : freeAttempts.address;
      if (!entry || entry.count < free) continue;
      const lockMs = Math.min(firstWaitMs * 2 ** (entry.count - free), longestWaitMs);
      waitMs = Math.max(waitMs, entry.last + lockMs - this.now());
    }
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  fail(keys: ThrottleKey[]): void {
    for (const key of keys) {
      const entry = this.current(key) ?? { count: 0, last: 0 };
      this.failures.delete(key);
      this.failures.set(key, { count: entry.count + 1, last: this.now() });
    }
    while (this.failures.size > maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  succeed(keys: ThrottleKey[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private current(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.last > windowMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }
}
