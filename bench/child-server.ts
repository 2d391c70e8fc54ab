import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError } from './bench-error.ts';
import type { Cleanup } from './cleanup.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** An HTTP server the bench runs in a child process. */
export interface ChildServer {
  port: number;
  pid: number;
  /** The last line the server wrote to stderr (its error log), to explain a failed request. */
  lastError(): string;
  stop(): Promise<void>;
}

/**
 * Runs bench/<script> under tsx in its own Node process, so the server under load has its own
 * event loop, as in production, instead of sharing one with the load generator. The script
 * prints `READY <port>` once listening and exits when its stdin closes (so it never outlives
 * the bench).
 */
export function startChildServer(
  script: string,
  args: string[],
  cleanup: Cleanup,
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(benchDir, script), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stop = cleanup.add(`stop ${script}`, () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    return new Promise<void>((resolve) => {
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      child.stdin.end();
    });
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new BenchError(`${script} did not start within 60 s: ${lastLine(stderr)}`));
    }, 60_000);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /^READY (\d+)$/m.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve({
          port: Number(match[1]),
          pid: child.pid!,
          lastError: () => lastLine(stderr),
          stop,
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new BenchError(`${script} exited with code ${code} before listening: ${lastLine(stderr)}`),
      );
    });
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) || 'no output (see its stderr)';
}
