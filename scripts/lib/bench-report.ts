/** Renders the bench's numbers as Markdown: the table, import time, heap, and the targets. */
import type { ImportTime } from "./bench-import-time.js";
import type { HeapResult, RunResult, Variant } from "./bench-protocol.js";

/** Everything measured in one bench run. */
export interface BenchResults {
  runs: Map<Variant, RunResult[]>;
  importTime: ImportTime;
  heap: Map<Variant, HeapResult>;
}

const BYTES_PER_MIB = 1024 * 1024;
/** The heap target holds for this many calls; a smaller run is reported as such. */
const HEAP_TARGET_CALLS = 10_000;
const TARGETS = {
  cpuRatioAtConcurrency1: 1.25,
  cpuRatioAtConcurrency64: 1.32,
  importRatio: 1.35,
  heapMiB: 12,
};

const ms = (value: number): string => value.toFixed(3);
const ratio = (value: number): string => `${value.toFixed(2)}×`;
const mib = (bytes: number): string => (bytes / BYTES_PER_MIB).toFixed(2);
const verdict = (isMet: boolean): string => (isMet ? "met" : "NOT met");

function baselineRun(results: BenchResults, concurrency: number): RunResult | undefined {
  return results.runs.get("fetch")?.find((run) => run.concurrency === concurrency);
}

function renderTable(results: BenchResults): string[] {
  const lines = [
    "| variant | concurrency | mean ms | p50 ms | p99 ms | calls/s | CPU µs/call | CPU × fetch | calls/s × fetch |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const [variant, runs] of results.runs) {
    for (const run of runs) {
      const base = baselineRun(results, run.concurrency);
      const cpuRatio = base ? ratio(run.cpuMicrosPerCall / base.cpuMicrosPerCall) : "–";
      const rateRatio = base ? ratio(run.callsPerSecond / base.callsPerSecond) : "–";
      lines.push(
        `| ${variant} | ${run.concurrency} | ${ms(run.meanMs)} | ${ms(run.p50Ms)} | ${ms(run.p99Ms)} | ` +
          `${Math.round(run.callsPerSecond)} | ${run.cpuMicrosPerCall.toFixed(1)} | ${cpuRatio} | ${rateRatio} |`,
      );
    }
  }
  return lines;
}

function renderHeap(heap: HeapResult, variant: Variant): string {
  return (
    `Heap used after GC, ${variant}: ${mib(heap.heapAfterBytes)} MiB after ${heap.calls} calls at ` +
    `concurrency ${heap.concurrency} and 2 GCs; ${mib(heap.heapSettledBytes)} MiB once settled ` +
    `(${heap.settleGcs} GCs); ${mib(heap.heapBeforeBytes)} MiB before the first call`
  );
}

function cpuTarget(results: BenchResults, concurrency: number, limit: number): string {
  const base = baselineRun(results, concurrency);
  const run = results.runs.get("sgp-client")?.find((r) => r.concurrency === concurrency);
  const label = `- sgp-client CPU per call ≤ ${ratio(limit)} raw fetch at concurrency ${concurrency}:`;
  if (!base || !run) return `${label} not measured`;
  const value = run.cpuMicrosPerCall / base.cpuMicrosPerCall;
  return (
    `${label} ${ratio(value)} (${run.cpuMicrosPerCall.toFixed(1)} vs ` +
    `${base.cpuMicrosPerCall.toFixed(1)} µs) — ${verdict(value <= limit)}`
  );
}

function renderTargets(results: BenchResults): string[] {
  const { importTime } = results;
  const importRatio = importTime.importMs / importTime.emptyMs;
  const heap = results.heap.get("sgp-client");
  const heapLabel = `- sgp-client heap after GC ≤ ${TARGETS.heapMiB} MiB after ${HEAP_TARGET_CALLS} calls:`;
  let heapLine = `${heapLabel} not measured`;
  if (heap) {
    const isShort = heap.calls < HEAP_TARGET_CALLS;
    heapLine =
      `${heapLabel} ${mib(heap.heapAfterBytes)} MiB — ` +
      `${verdict(heap.heapAfterBytes <= TARGETS.heapMiB * BYTES_PER_MIB)}` +
      (isShort ? ` (only ${heap.calls} calls in this run; run without --quick to check)` : "");
  }
  return [
    "Targets",
    cpuTarget(results, 1, TARGETS.cpuRatioAtConcurrency1),
    cpuTarget(results, 64, TARGETS.cpuRatioAtConcurrency64),
    `- import-only process ≤ ${ratio(TARGETS.importRatio)} an empty Node process: ` +
      `${ratio(importRatio)} — ${verdict(importRatio <= TARGETS.importRatio)}`,
    heapLine,
  ];
}

/** The whole report, after the header lines the caller prints. */
export function renderReport(results: BenchResults): string {
  const { importTime } = results;
  const lines = [
    ...renderTable(results),
    "",
    `Import-only process: ${importTime.importMs.toFixed(1)} ms vs empty node ` +
      `${importTime.emptyMs.toFixed(1)} ms (median of ${importTime.runs} each, alternating): ` +
      `${ratio(importTime.importMs / importTime.emptyMs)}; fastest ${importTime.importMinMs.toFixed(1)} ` +
      `vs ${importTime.emptyMinMs.toFixed(1)} ms: ${ratio(importTime.importMinMs / importTime.emptyMinMs)}`,
    ...[...results.heap].map(([variant, heap]) => renderHeap(heap, variant)),
    "",
    ...renderTargets(results),
  ];
  return `${lines.join("\n")}\n`;
}
