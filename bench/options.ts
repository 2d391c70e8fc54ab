import { parseArgs } from 'node:util';
import { BenchError } from './bench-error.ts';

export const sectionNames = [
  'neo4j',
  'ingest',
  'api',
  'browser',
  'export',
  'bundle',
  'peers',
  'million',
  'soak',
] as const;
/** Run when no --only is given. The soak (ten minutes) is asked for by name. */
const byNameOnly: readonly string[] = ['soak'];
const defaultSections = sectionNames.filter((name) => !byNameOnly.includes(name));
export type SectionName = (typeof sectionNames)[number];

/** Sizes and durations of one run; `--quick` shrinks them for iteration. */
export interface BenchOptions {
  quick: boolean;
  sections: ReadonlySet<SectionName>;
  /** Synthetic graphs written by the ingest section; the last one stays for the others. */
  ingestSizes: number[];
  /** Entities the million section imports offline and then serves (`--million N`). */
  millionEntities: number;
  /** Searches and expansions it times, one at a time (the biggest hubs are added to the latter). */
  millionRequests: number;
  /** Leave its store in place afterwards, to profile queries on it (`--keep`). */
  keepMillionStore: boolean;
  /** Java heap and page cache of the throwaway Neo4j, MB. */
  heapMb: number;
  pageCacheMb: number;
  /** Each load phase: a warm-up whose requests are discarded, then the measured seconds. */
  warmupSeconds: number;
  loadSeconds: number;
  /**
   * The measured seconds are cut into this many slices, the API's and the driver floor's taking
   * turns, so a burst from another process on this shared machine hits both alike.
   */
  slices: number;
  /** Concurrent HTTP connections (and driver loops for the floor). */
  connections: number;
  /** Entity ids sampled for the expansion scenarios, hubs among them. */
  sampledIds: number;
  hubIds: number;
  /** `?limit=N` sizes opened in the browser. */
  browserSizes: number[];
  /** The size the PNG export is timed at. */
  exportSize: number;
  /** Our page gives up waiting for a mark after this long; the naive page after its cap. */
  pageTimeoutMs: number;
  naiveCapMs: number;
  /** The soak: how long, how many connections, on how many synthetic entities. */
  soakSeconds: number;
  soakConnections: number;
  soakEntities: number;
  /** `?limit=N` sizes the peers section draws with ours, sigma.js and Cytoscape's WebGL renderer. */
  peerSizes: number[];
  /** Length of the scripted zoom-and-pan each peer gets, ms. */
  interactionMs: number;
}

const usage =
  'Usage: npm run bench -- [--quick] [--only neo4j,ingest,api,browser,export,bundle,peers,million,soak] [--million N] [--keep]';

/** Reads the command line; a bad option stops the run with one line. */
export function parseOptions(argv: string[]): BenchOptions {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        million: { type: 'string' },
        keep: { type: 'boolean', default: false },
        only: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new BenchError(`${(error as Error).message}. ${usage}`);
  }
  if (values.help) throw new BenchError(usage);
  const requested = values.only?.split(',').map((name) => name.trim()) ?? [...defaultSections];
  const unknown = requested.find((name) => !(sectionNames as readonly string[]).includes(name));
  if (unknown !== undefined) {
    throw new BenchError(
      `Unknown section "${unknown}": choose among ${sectionNames.join(', ')}. ${usage}`,
    );
  }
  const quick = values.quick;
  return {
    quick,
    sections: new Set(requested as SectionName[]),
    ingestSizes: quick ? [5_000, 20_000] : [10_000, 100_000],
    millionEntities: millionEntities(values.million, quick),
    millionRequests: quick ? 50 : 200,
    keepMillionStore: values.keep,
    heapMb: 1024,
    pageCacheMb: 512,
    warmupSeconds: quick ? 1 : 2,
    loadSeconds: quick ? 3 : 8,
    slices: quick ? 3 : 4,
    connections: 10,
    sampledIds: 300,
    hubIds: 40,
    browserSizes: quick ? [1_000, 5_000] : [1_000, 5_000, 20_000],
    exportSize: 5_000,
    pageTimeoutMs: 90_000,
    naiveCapMs: 60_000,
    soakSeconds: quick ? 60 : 600,
    soakConnections: 20,
    soakEntities: quick ? 20_000 : 100_000,
    // Each must be at most the last ingest size: the graph the run leaves in Neo4j.
    peerSizes: quick ? [5_000, 20_000] : [5_000, 20_000, 50_000],
    interactionMs: 10_000,
  };
}

function millionEntities(given: string | undefined, quick: boolean): number {
  if (given === undefined) return quick ? 100_000 : 1_000_000;
  const entities = Number(given);
  if (!Number.isInteger(entities) || entities < 1_000) {
    throw new BenchError(`--million takes a whole number of entities, at least 1000. ${usage}`);
  }
  return entities;
}
