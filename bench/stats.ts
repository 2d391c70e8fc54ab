/** Latency percentiles and throughput of one load phase. */
export interface LatencySummary {
  /** Successful requests timed in the measured window. */
  count: number;
  /** Failed requests (non-2xx, socket errors, driver errors) in the window. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Successful requests per second over the measured window. */
  requestsPerSecond: number;
  /** Length of the measured window, seconds. */
  seconds: number;
}

/** Raw timings of one or more measured windows. */
export interface Timings {
  latencies: number[];
  errors: number;
  seconds: number;
  /** The longest any request took, counted or not (warm-up and tail too), ms. */
  slowestMs: number;
  /** The first failure's message, to explain a phase where nothing succeeded. */
  firstError?: string;
}

export function mergeTimings(parts: Timings[]): Timings {
  return {
    latencies: parts.flatMap((part) => part.latencies),
    errors: parts.reduce((sum, part) => sum + part.errors, 0),
    seconds: parts.reduce((sum, part) => sum + part.seconds, 0),
    slowestMs: Math.max(0, ...parts.map((part) => part.slowestMs)),
    firstError: parts.find((part) => part.firstError)?.firstError,
  };
}

/** Nearest-rank percentile of an ascending array (exact, no histogram buckets). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Summarises latencies (ms) measured over `seconds`. */
export function summarize({
  latencies,
  errors,
  seconds,
}: Pick<Timings, 'latencies' | 'errors' | 'seconds'>): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    requestsPerSecond: sorted.length / seconds,
    seconds,
  };
}
