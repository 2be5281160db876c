/** The bench's statistics (`node:perf_hooks` histograms), its tables, and its targets. */
import { createHistogram } from "node:perf_hooks";
import type { Cost, Heap } from "./runner.js";
import type { Variant } from "./variants.js";

/** The targets hold these to the reference figures in the same run. */
const TARGETED: Variant[] = ["create", "client.POST"];
/**
 * The CPU reference (issue #18): bare openapi-fetch with a per-call timeout timer that covers
 * reading the body, the least a client with timeouts pays. Within 3 % of it is parity: the noise
 * of this machine is about that size.
 */
const CPU_REFERENCE: Variant = "openapi-fetch+timer";
const CPU_TOLERANCE = 1.03;
const MIB = 1024 * 1024;
const HEAP_ALLOWANCE_BYTES = 1.5 * MIB;
const HEAP_TARGET_CALLS = 10_000;
/** Heap is read where memory would pile up: many calls in flight at once. */
export const HEAP_CONCURRENCY = 64;

/** The measured rounds of one variant at one concurrency. */
export class Row {
  readonly latencyNs = createHistogram();
  /** Each round's CPU per call, to show how far rounds differ. */
  readonly roundCpuNs = createHistogram();
  cpuMicros = 0;
  wallNs = 0;

  constructor(
    readonly variant: Variant,
    readonly concurrency: number,
  ) {}

  /** Adds a measured round. */
  add({ latenciesNs, cpuMicros, wallNs }: Cost): void {
    for (const ns of latenciesNs) this.latencyNs.record(Math.max(1, Math.round(ns)));
    this.roundCpuNs.record(Math.max(1, Math.round((cpuMicros * 1000) / latenciesNs.length)));
    this.cpuMicros += cpuMicros;
    this.wallNs += wallNs;
  }
}

const ratio = (value: number, base: number): string => `${(value / base).toFixed(2)}×`;
const mib = (bytes: number): string => (bytes / MIB).toFixed(2);
const verdict = (isMet: boolean): string => (isMet ? "met" : "not met");
/** User + system CPU of the client process over its measured rounds, per call. */
function cpuOf(rows: Row[], variant: Variant, concurrency: number): number {
  const row = rows.find((r) => r.variant === variant && r.concurrency === concurrency);
  return row ? row.cpuMicros / row.latencyNs.count : Number.NaN;
}

const CPU_COLUMNS =
  "variant|concurrency|p50 ms|p99 ms|calls/s|CPU µs/call|rounds µs/call|× fetch|× openapi-fetch|× reference";

/** A Markdown table; `head` names the columns, separated by `|`. */
function table(head: string, rows: unknown[][]): string[] {
  const names = head.split("|");
  const rule = names.map((_, index) => (index ? "---:" : "---"));
  return [names, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}

function cpuTable(rows: Row[]): string[] {
  const cells = rows.map(({ variant, concurrency, latencyNs, roundCpuNs, wallNs }) => {
    const cpu = cpuOf(rows, variant, concurrency);
    return [
      variant,
      concurrency,
      ...[50, 99].map((percentile) => (latencyNs.percentile(percentile) / 1e6).toFixed(3)),
      Math.round(latencyNs.count / (wallNs / 1e9)),
      cpu.toFixed(1),
      `${(roundCpuNs.min / 1000).toFixed(0)}–${(roundCpuNs.max / 1000).toFixed(0)}`,
      ratio(cpu, cpuOf(rows, "fetch", concurrency)),
      ratio(cpu, cpuOf(rows, "openapi-fetch", concurrency)),
      ratio(cpu, cpuOf(rows, CPU_REFERENCE, concurrency)),
    ];
  });
  return table(CPU_COLUMNS, cells);
}

function heapTable(heap: Map<Variant, Heap>, heapCalls: number): string[] {
  const yardstick = heap.get("openapi-fetch")?.afterBytes ?? Number.NaN;
  const cells = [...heap].map(([variant, { beforeBytes, afterBytes }]) => [
    variant,
    ...[beforeBytes, afterBytes, afterBytes - yardstick].map(mib),
  ]);
  return [
    `Heap used after GC, in a fresh process per variant: before the first call, and after ${heapCalls} calls at concurrency ${HEAP_CONCURRENCY}.`,
    "",
    ...table("variant|before MiB|after MiB|after − openapi-fetch MiB", cells),
  ];
}

function targets(rows: Row[], heap: Map<Variant, Heap>, heapCalls: number): string[] {
  const concurrencies = [...new Set(rows.map((row) => row.concurrency))];
  const heapLimit = (heap.get("openapi-fetch")?.afterBytes ?? Number.NaN) + HEAP_ALLOWANCE_BYTES;
  const isShort = heapCalls < HEAP_TARGET_CALLS;
  const note = isShort ? ` (after ${heapCalls} calls, not ${HEAP_TARGET_CALLS})` : "";
  return TARGETED.flatMap((variant) => {
    const cpuLines = concurrencies.map((concurrency) => {
      const cpu = cpuOf(rows, variant, concurrency);
      const reference = cpuOf(rows, CPU_REFERENCE, concurrency);
      return (
        `- ${variant} CPU per call within 3 % of ${CPU_REFERENCE}'s at concurrency ${concurrency}: ` +
        `${cpu.toFixed(1)} vs ${reference.toFixed(1)} µs (${ratio(cpu, reference)}) — ${verdict(cpu <= reference * CPU_TOLERANCE)}`
      );
    });
    const after = heap.get(variant)?.afterBytes ?? Number.NaN;
    const heapLine =
      `- ${variant} heap after GC ≤ openapi-fetch's + 1.5 MiB: ` +
      `${mib(after)} vs ${mib(heapLimit)} MiB — ${verdict(after <= heapLimit)}${note}`;
    return [...cpuLines, heapLine];
  });
}

/** The report: CPU and latency, heap, then each target with "met" or "not met". */
export function renderReport(rows: Row[], heap: Map<Variant, Heap>, heapCalls: number): string {
  const heading = `Targets, against ${CPU_REFERENCE} (CPU) and bare openapi-fetch (heap) in this run:`;
  const sections = [
    cpuTable(rows),
    heapTable(heap, heapCalls),
    [heading, ...targets(rows, heap, heapCalls)],
  ];
  return sections.map((lines) => lines.join("\n")).join("\n\n");
}
