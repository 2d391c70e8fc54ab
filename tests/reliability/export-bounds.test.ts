import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultClientDir } from '../../server/app.ts';
import { closeSharedExportHost, sharedExportHost } from '../../server/export/export-host.ts';
import { generatePassword } from '../../server/neo4j/credentials.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

let neo4j: ThrowawayNeo4j;
let app: TestApp;
beforeAll(async () => {
  neo4j = await startThrowawayNeo4j({ password: generatePassword() });
  app = await startTestApp({
    neo4j: { uri: neo4j.uri, password: neo4j.password },
    clientDir: defaultClientDir,
  });
  await seedDatabase(app.db, loadSeedData());
});
afterAll(async () => {
  await closeSharedExportHost();
  await app?.close();
  await neo4j?.stop();
});

const exportUrl = (query: string) => `${app.baseUrl}/api/export/${query}`;

/** Pages open in the export worker's headless Chromium: exports in progress. */
async function openPages(): Promise<number> {
  return (await sharedExportHost().status()).pages;
}

/** /proc/<pid>/stat's fields after the command name (which may hold spaces). */
function statFields(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** The process ids below `root`, at any depth. */
function descendantsOf(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parentOf.set(Number(entry), Number(statFields(`/proc/${entry}/stat`)[1]));
    } catch {
      // Ended while being listed.
    }
  }
  const found: number[] = [];
  const below = (pid: number) => {
    for (const [child, parent] of parentOf) {
      if (parent !== pid) continue;
      found.push(child);
      below(child);
    }
  };
  below(root);
  return found;
}

/** The Chromium processes this test process started. */
function chromiumProcesses(): number[] {
  return descendantsOf(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'chromium';
    } catch {
      return false;
    }
  });
}

/** The nice value of every thread of every Chromium process this test process started. */
function chromiumThreadNiceValues(): number[] {
  const values: number[] = [];
  for (const pid of chromiumProcesses()) {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        // Field 19 of stat is the nice value; the list here starts at field 3.
        values.push(Number(statFields(`/proc/${pid}/task/${tid}/stat`)[16]));
      }
    } catch {
      // A process or thread that ended meanwhile.
    }
  }
  return values;
}

describe('exports within bounds', () => {
  it('when the image would pass 400 megapixels, then it answers 413 with the size it would have had', async () => {
    const response = await fetch(exportUrl('png?view=llm-vs-world-model-camps&width=40000'));
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(413);
    expect(body.error.code).toBe('export_too_large');
    expect(body.error.message).toMatch(
      /^The image would be 40,000 × [\d,]+ px; the most is 40,000 px a side and 400 megapixels/,
    );
  });

  it('when eight exports are asked at once, then two run, four wait, and the rest answer 503 with Retry-After at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => fetch(exportUrl('json?view=world-model-funders'))),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 503, 503]);
    const refused = answers.find((answer) => answer.status === 503)!;
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as any).error.code).toBe('busy');
  });

  it('when the client leaves mid-export, then its page is closed and nothing is left running', async () => {
    const leaving = new AbortController();
    const started = fetch(exportUrl('png?view=llm-vs-world-model-camps&scale=4'), {
      signal: leaving.signal,
    }).catch(() => undefined);
    await vi.waitFor(async () => expect(await openPages()).toBe(1), {
      timeout: 20_000,
      interval: 50,
    });
    leaving.abort();
    await started;
    await vi.waitFor(async () => expect(await openPages()).toBe(0), {
      timeout: 10_000,
      interval: 100,
    });
  });

  it('when Chromium draws an export, then none of its threads or its session runs above nice 10, so the server keeps the cores', async () => {
    const response = await fetch(exportUrl('png?view=llm-vs-world-model-camps&scale=2'));
    expect(response.status).toBe(200);
    const niceValues = chromiumThreadNiceValues();
    // Chromium lifts its compositor and IO threads to nice -8 when it may (as root).
    expect(niceValues.length).toBeGreaterThan(10);
    expect(Math.min(...niceValues)).toBeGreaterThanOrEqual(10);
    // Linux shares the cores between sessions first, and Chromium leads one of its own.
    for (const pid of chromiumProcesses()) {
      expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8')).toMatch(/ nice 10$/m);
    }
  });

  it('when Chromium is killed mid-export, then that export answers 503 and the next one works with a new Chromium', async () => {
    const launchesBefore = (await sharedExportHost().status()).launches;
    const running = fetch(exportUrl('png?view=llm-vs-world-model-camps&scale=4'));
    await vi.waitFor(async () => expect(await openPages()).toBe(1), {
      timeout: 20_000,
      interval: 50,
    });
    // Playwright's Chromium is a child of this process (its driver runs on a worker thread).
    execFileSync('pkill', ['-KILL', '-P', String(process.pid), '-f', 'chromium']);
    const interrupted = await running;
    expect(interrupted.status).toBe(503);
    expect(((await interrupted.json()) as any).error.code).toBe('export_interrupted');

    const next = await fetch(exportUrl('json?view=world-model-funders'));
    expect(next.status).toBe(200);
    expect((await sharedExportHost().status()).launches).toBe(launchesBefore + 1);
  });
});
