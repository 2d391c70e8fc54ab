import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors.ts';
import { embeddedClasspath } from './embedded-install.ts';
import { requireJava } from './java-runtime.ts';

/** What to import, and where. */
export interface OfflineImportOptions {
  /** The embedded Neo4j's data folder (NEO4J_DATA_DIR); its `neo4j` database is filled. */
  dataDir: string;
  /** Node CSV files, with Neo4j's header format (`id:ID`, `:LABEL`, `name`, `year:long`…). */
  nodes: string[];
  /** Relationship CSV files (`:START_ID`, `:END_ID`, `:TYPE`, …). */
  relationships: string[];
  /** Separator of list values and of labels inside one field; Neo4j's `;` unless given. */
  arrayDelimiter?: string;
  /** Replace a store that exists but was checked to hold nothing. */
  overwrite?: boolean;
  /** Java heap of the importer, MB (it does most of its work off-heap). */
  heapMb: number;
  /** Told each step the importer starts, already phrased for a person. */
  onProgress?: (message: string) => void;
}

/** What the importer reports it wrote. */
export interface OfflineImportResult {
  nodes: number;
  relationships: number;
  /** From launching the importer until it exited. */
  milliseconds: number;
}

/** The database the embedded Neo4j serves, inside its data folder. */
export function storeDir(dataDir: string): string {
  return path.join(dataDir, 'data', 'databases', 'neo4j');
}

/** The `neo4j` database's transaction logs, which the importer writes beside the store. */
function transactionsDir(dataDir: string): string {
  return path.join(dataDir, 'data', 'transactions', 'neo4j');
}

/** Fails, naming the file, unless every CSV file given exists. */
export function requireCsvFiles(files: string[]): void {
  for (const file of files) {
    if (!existsSync(file)) {
      throw new StartupError(`CSV file not found: ${file}: check the path given to the import.`);
    }
  }
}

/** True when the data folder already holds a `neo4j` store (Neo4j started on it, or imported). */
export function hasStore(dataDir: string): boolean {
  const dir = storeDir(dataDir);
  return existsSync(dir) && readdirSync(dir).some((file) => file.startsWith('neostore'));
}

/** True when the importer stopped because another process holds the store. */
function isLockFailure(lines: string[]): boolean {
  return lines.some((line) => /FileLockException|locked by another process/i.test(line));
}

/** The importer's reason, as a person should read it, from the lines it printed. */
function explainImportFailure(lines: string[], options: OfflineImportOptions): string {
  const text = lines.join('\n');
  const reportFile = path.join(options.dataDir, 'import.report');
  // When the importer writes a report, its first line says what was wrong with the input.
  const reported = existsSync(reportFile)
    ? readFileSync(reportFile, 'utf8')
        .split('\n')
        .find((line) => line.trim())
    : undefined;
  if (isLockFailure(lines)) {
    return `The database in ${options.dataDir} is in use: stop the explorer (or the Neo4j using it) and run the import again.`;
  }
  if (/no space left/i.test(text)) {
    return `The disk holding ${options.dataDir} is full: free some space or set NEO4J_DATA_DIR to another disk.`;
  }
  const reason =
    reported ??
    lines.find((line) => /^(Caused by: )?\S*(Exception|Error)\b/.test(line)) ??
    lines.find((line) => /error|invalid|doesn't exist|not found|duplicate/i.test(line)) ??
    lines.at(-1) ??
    'no output';
  const shortReason = reason
    .replace(/^(Caused by: )?[\w.$]*(Exception|Error):\s*/, '')
    .slice(0, 240);
  return `The import failed (${shortReason}): fix the CSV files and import again${reported ? `; every problem is listed in ${reportFile}` : ''}.`;
}

/**
 * Runs Neo4j's own offline importer (`neo4j-admin database import full`) with the jars the
 * embedded set-up installed, into the embedded data folder. Neo4j must not be running on it.
 */
export async function runOfflineImport(
  options: OfflineImportOptions,
): Promise<OfflineImportResult> {
  requireCsvFiles([...options.nodes, ...options.relationships]);
  const java = requireJava();
  // neo4j-admin reads its settings from NEO4J_HOME/conf; an empty one means Neo4j's defaults,
  // which lay the store out exactly where the embedded launcher looks for it.
  const confDir = path.join(options.dataDir, 'conf');
  mkdirSync(confDir, { recursive: true });
  const args = [
    `-Xmx${options.heapMb}m`,
    '-XX:+UseG1GC',
    '-cp',
    embeddedClasspath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database name goes first: the file options take any number of values.
    'neo4j',
    ...options.nodes.map((file) => `--nodes=${path.resolve(file)}`),
    ...options.relationships.map((file) => `--relationships=${path.resolve(file)}`),
    `--array-delimiter=${options.arrayDelimiter ?? ';'}`,
    // A relationship to a missing node, or a duplicate id, stops the import instead of being
    // skipped: the app would otherwise show a graph that silently differs from the files.
    '--bad-tolerance=0',
    `--report-file=${path.join(options.dataDir, 'import.report')}`,
    ...(options.overwrite ? ['--overwrite-destination=true'] : []),
  ];
  // A report left by an earlier run would be read as this one's.
  rmSync(path.join(options.dataDir, 'import.report'), { force: true });
  const started = performance.now();
  const child = spawn(java, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_HOME: options.dataDir, NEO4J_CONF: confDir },
  });
  const lines: string[] = [];
  let buffered = '';
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      // The progress dots are for a terminal of their own; keep what names a step or a cause.
      if (/^[.\-\s]*\d*%?\s*(∆.*)?$/.test(line) || line.startsWith('..')) continue;
      lines.push(line);
      if (lines.length > 400) lines.shift();
      if (/^\(\d\/\d\) /.test(line)) options.onProgress?.(`  importer: ${line.trim()}`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new StartupError(`Could not run Java (${error.message}): install a JDK 17+.`)),
    );
    child.once('close', resolve);
  });
  if (buffered) lines.push(buffered);
  const milliseconds = performance.now() - started;
  if (code !== 0) {
    // The database was new or empty before: leaving half a store would make the folder neither
    // new (the next import refuses it) nor readable (Neo4j cannot start on it). Not when another
    // process holds the folder, though: then the store is that process's, and intact.
    if (!isLockFailure(lines)) {
      rmSync(storeDir(options.dataDir), { recursive: true, force: true });
      rmSync(transactionsDir(options.dataDir), { recursive: true, force: true });
    }
    throw new StartupError(explainImportFailure(lines, options));
  }

  const imported = (what: string) => {
    const line = lines.find((item) => new RegExp(`^\\s*\\d+ ${what}$`).test(item));
    return line ? Number(line.trim().split(' ')[0]) : Number.NaN;
  };
  return { nodes: imported('nodes'), relationships: imported('relationships'), milliseconds };
}
