import { AppError } from '../errors.ts';

/**
 * At most `concurrency` jobs at once and `maxWaiting` in line; a job beyond that is refused at
 * once with 503 and Retry-After instead of piling up. A waiting job whose signal aborts (its
 * client left) leaves the line without running.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    /** Named in the refusal, e.g. "exports". */
    private readonly what: string,
  ) {}

  async run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new AppError(
          503,
          'busy',
          `Too many ${this.what} at once; try again in a few seconds.`,
        );
      }
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal?.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          const index = this.waiting.indexOf(start);
          if (index !== -1) this.waiting.splice(index, 1);
          reject(new AppError(499, 'client_closed', 'The client left before its turn.'));
        };
        signal?.addEventListener('abort', leave, { once: true });
        this.waiting.push(start);
      });
    }
    this.running += 1;
    try {
      return await job();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Jobs running and waiting, for tests and logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
