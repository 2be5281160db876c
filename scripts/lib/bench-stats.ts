/** Runs calls from concurrent workers and turns per-call latencies into summary numbers. */
import type { Call } from "./bench-variants.js";
import type { RunResult } from "./bench-protocol.js";

/** Per-call latencies in milliseconds, and the wall time they took together. */
export interface Timings {
  latenciesMs: Float64Array;
  wallMs: number;
}

/**
 * Makes `calls` calls from `concurrency` async workers that pull from one shared counter, so a
 * slow call delays only its own worker.
 */
export async function runCalls(call: Call, calls: number, concurrency: number): Promise<Timings> {
  const latenciesMs = new Float64Array(calls);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < calls) {
      const index = next++;
      const startMs = performance.now();
      await call();
      latenciesMs[index] = performance.now() - startMs;
    }
  };
  const startMs = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
  return { latenciesMs, wallMs: performance.now() - startMs };
}

/** One measured run, gathered from segments made at different times. */
export interface Accumulated {
  segments: Timings[];
  cpuMicros: number;
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: Float64Array, fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Mean, p50, p99, throughput and CPU per call of a run, over all its segments. */
export function summarize(run: Accumulated, concurrency: number): RunResult {
  const calls = run.segments.reduce((sum, segment) => sum + segment.latenciesMs.length, 0);
  const sorted = new Float64Array(calls);
  let offset = 0;
  for (const segment of run.segments) {
    sorted.set(segment.latenciesMs, offset);
    offset += segment.latenciesMs.length;
  }
  // A typed array sorts numerically.
  sorted.sort();
  const wallMs = run.segments.reduce((sum, segment) => sum + segment.wallMs, 0);
  return {
    concurrency,
    calls,
    meanMs: sorted.reduce((sum, ms) => sum + ms, 0) / calls,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    callsPerSecond: calls / (wallMs / 1000),
    cpuMicrosPerCall: run.cpuMicros / calls,
  };
}
