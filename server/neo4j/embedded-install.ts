import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { StartupError } from '../errors.ts';

const installDir = path.join(projectRoot, '.neo4j');
const launcherDir = path.join(projectRoot, 'server', 'neo4j', 'embedded');
const pomFile = path.join(launcherDir, 'pom.xml');
const launcherSource = path.join(
  launcherDir,
  'src',
  'main',
  'java',
  'explorer',
  'EmbeddedNeo4j.java',
);
const stampFile = path.join(installDir, 'installed.json');

/** Where the launcher's classes and Neo4j's jars are, once installed. */
export const embeddedClasspath = [
  path.join(installDir, 'classes'),
  path.join(installDir, 'lib', '*'),
].join(path.delimiter);

/** Reports install progress: a line of text, already phrased for a person. */
export type ProgressListener = (message: string) => void;

function installFingerprint(): string {
  return createHash('sha256')
    .update(readFileSync(pomFile))
    .update(readFileSync(launcherSource))
    .digest('hex');
}

/** True when the jars and the compiled launcher match the current pom and launcher source. */
export function isEmbeddedInstalled(): boolean {
  if (!existsSync(stampFile)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { fingerprint?: string };
    return stamp.fingerprint === installFingerprint();
  } catch {
    return false;
  }
}

function requireMaven(): void {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new StartupError(
      'Maven (mvn) not found: install Maven to fetch the embedded Neo4j, or set NEO4J_URI to use another Neo4j.',
    );
  }
}

/**
 * Fetches Neo4j 5.26 from Maven Central and compiles the launcher, unless already done. The first
 * run downloads about 130 MB, so progress is reported as files arrive.
 */
export async function ensureEmbeddedInstalled(onProgress: ProgressListener): Promise<void> {
  if (isEmbeddedInstalled()) return;
  requireMaven();
  onProgress('Fetching Neo4j 5.26 Community from Maven Central (first run only, about 130 MB)…');

  const args = ['-B', '-f', pomFile, 'compile', 'dependency:copy-dependencies'];
  const child = spawn('mvn', args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let downloaded = 0;
  let lastReport = Date.now();

  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (line.startsWith('Downloaded from')) {
      downloaded += 1;
      if (Date.now() - lastReport > 1000) {
        lastReport = Date.now();
        onProgress(`  …${downloaded} files downloaded`);
      }
    }
  };
  let buffered = '';
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    lines.forEach(onLine);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', resolve);
  });
  if (code !== 0) {
    const reason = tail.find((line) => line.startsWith('[ERROR]'))?.replace('[ERROR] ', '');
    throw new StartupError(
      `Could not fetch Neo4j with Maven (${reason ?? `exit code ${code}`}): check access to Maven Central, or set NEO4J_URI.`,
    );
  }
  writeFileSync(
    stampFile,
    JSON.stringify({ fingerprint: installFingerprint(), installedAt: new Date().toISOString() }),
  );
  onProgress(`Neo4j installed in .neo4j/ (${downloaded} files downloaded).`);
}
