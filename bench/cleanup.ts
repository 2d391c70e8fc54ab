import { oneLine } from './bench-error.ts';

type Step = { label: string; run: () => unknown };

/**
 * Everything the run started (Neo4j, servers, the browser, temp folders), undone last-first on
 * exit and on Ctrl+C. A second Ctrl+C leaves at once.
 */
export class Cleanup {
  private readonly steps: Step[] = [];
  private running: Promise<void> | null = null;
  /** Set on Ctrl+C: what is still running is being torn down and should stay quiet. */
  interrupted = false;

  /** Registers an undo step; returns a function that runs it now (and only once). */
  add(label: string, run: () => unknown): () => Promise<void> {
    const step: Step = { label, run };
    this.steps.push(step);
    return async () => {
      const index = this.steps.indexOf(step);
      if (index === -1) return;
      this.steps.splice(index, 1);
      await this.runStep(step);
    };
  }

  /** Runs every remaining step, newest first; each gets its own time limit. */
  runAll(): Promise<void> {
    this.running ??= (async () => {
      while (this.steps.length > 0) await this.runStep(this.steps.pop()!);
    })();
    return this.running;
  }

  /** Ctrl+C and SIGTERM: clean up, then exit with the signal's conventional code. */
  onSignals(log: (message: string) => void): void {
    let interruptedAt: number | undefined;
    const handle = (signal: NodeJS.Signals, code: number) => {
      if (interruptedAt !== undefined) {
        // npm and tsx pass the terminal's Ctrl+C on to us, which the terminal also sent us
        // directly: a second signal within a second is that echo, not a second Ctrl+C.
        if (Date.now() - interruptedAt > 1_000) process.exit(code);
        return;
      }
      interruptedAt = Date.now();
      this.interrupted = true;
      log(`\n${signal}: stopping what the bench started… (press Ctrl+C again to leave at once)`);
      void this.runAll().finally(() => process.exit(code));
    };
    process.on('SIGINT', () => handle('SIGINT', 130));
    process.on('SIGTERM', () => handle('SIGTERM', 143));
  }

  private async runStep(step: Step): Promise<void> {
    // Neo4j flushes its store on stop; 40 s is its own stop limit plus a margin.
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        console.error(`  cleanup: "${step.label}" took over 40 s; moving on.`);
        resolve();
      }, 40_000);
    });
    try {
      await Promise.race([Promise.resolve().then(step.run), limit]);
    } catch (error) {
      console.error(`  cleanup: could not ${step.label} (${oneLine(error)}).`);
    } finally {
      clearTimeout(timer);
    }
  }
}
