import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { StartupError } from '../errors.ts';

const minimumJava = 17;

/** The `java` to run: JAVA_HOME's when set, else the one on PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version out of `java -version` output (`"17.0.15"`, `"1.8.0_392"`, `"25"`). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Fails with a one-line, actionable message unless Java 17 or newer is available. */
export function requireJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = javaExecutable(env);
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const major = probe.error ? undefined : parseJavaMajor(`${probe.stderr}${probe.stdout}`);
  if (major === undefined) {
    throw new StartupError(
      `Java ${minimumJava}+ not found (${java}): install a JDK ${minimumJava}+ or set NEO4J_URI to use another Neo4j.`,
    );
  }
  if (major < minimumJava) {
    throw new StartupError(
      `Java ${major} found but Neo4j 5 needs Java ${minimumJava}+: set JAVA_HOME to a newer JDK or set NEO4J_URI.`,
    );
  }
  return java;
}
