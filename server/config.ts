import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { StartupError } from './errors.ts';
import { embeddedMemory } from './neo4j/memory-sizing.ts';
import { isLoopbackHost } from './security/allowed-hosts.ts';

/** The project root, whatever the working directory the app was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const megabytes = z.coerce.number().int().min(64).max(65536);

const schema = z.object({
  /** HTTP port of the explorer. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the explorer listens on; loopback unless you mean to share it. */
  HOST: z.string().default('127.0.0.1'),
  /**
   * Sign-in and roles: 'on' or 'off'. Unset, it is off on a loopback HOST and on otherwise, so a
   * shared explorer never starts open by accident.
   */
  EXPLORER_AUTH: z.enum(['on', 'off']).optional(),
  /** The address people open when it is shared, e.g. https://explorer.example.org (its host is allowed). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** More host names the explorer answers for, comma-separated (others get 403: DNS rebinding). */
  ALLOWED_HOSTS: z.string().optional(),
  /** Bolt URI of an existing Neo4j 5; when unset the app runs its own embedded Neo4j. */
  NEO4J_URI: z.string().url().optional(),
  /** User for NEO4J_URI. */
  NEO4J_USER: z.string().default('neo4j'),
  /** Password for NEO4J_URI. */
  NEO4J_PASSWORD: z.string().default(''),
  /** Database name; empty means the server's default database. */
  NEO4J_DATABASE: z.string().optional(),
  /** Bolt port of the embedded Neo4j; far from 7687 so a Neo4j you already run is not in the way. */
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(17687),
  /** Where the embedded Neo4j keeps its data (git-ignored). */
  NEO4J_DATA_DIR: z.string().default(path.join(projectRoot, '.neo4j', 'data')),
  /**
   * Where the embedded Neo4j's generated password is kept (mode 0600, git-ignored); made on
   * first start.
   */
  NEO4J_CREDENTIALS_FILE: z.string().default(path.join(projectRoot, '.neo4j', 'credentials')),
  /** Java heap of the embedded Neo4j, in MB; an eighth of the RAM (512 MB to 4 GB) unless set. */
  NEO4J_HEAP_MB: megabytes.default(() => embeddedMemory().heapMb),
  /**
   * Page cache of the embedded Neo4j, in MB; a quarter of the RAM (256 MB to 8 GB) unless set
   * (Neo4j's own default would take half).
   */
  NEO4J_PAGECACHE_MB: megabytes.default(() => embeddedMemory().pageCacheMb),
  /** Server-side time limit of a view or an ad-hoc query, in ms; Neo4j cancels it after that. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Most records a view or an ad-hoc query answers; the answer says `truncated` past it. */
  QUERY_ROW_CAP: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  /** Largest answer of a view or an ad-hoc query, in bytes of JSON; past it the answer is refused. */
  QUERY_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(32 * 1024 * 1024),
  /** Ad-hoc queries and view runs one person may make a minute (429 past it). */
  QUERIES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  /** Exports one person may ask for a minute (429 past it). */
  EXPORTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  /** Seed the database at start-up when it holds no entities yet. */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

export type Config = Omit<z.infer<typeof schema>, 'EXPLORER_AUTH'> & {
  /** Resolved: never undefined. */
  EXPLORER_AUTH: 'on' | 'off';
};

/** Reads and validates the environment once; a bad value stops start-up with a one-line message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.join('.') ?? 'environment';
    throw new StartupError(`Invalid ${key}: ${issue?.message ?? 'bad value'}. Fix it or unset it.`);
  }
  const auth = result.data.EXPLORER_AUTH ?? (isLoopbackHost(result.data.HOST) ? 'off' : 'on');
  return { ...result.data, EXPLORER_AUTH: auth };
}
