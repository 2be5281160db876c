/**
 * What each measured process of the generate benchmark reports when its work is done, as one
 * JSON line on stdout: its time, its peak memory and its helpers', and what it produced.
 */
import { readdir, readFile } from "node:fs/promises";
import type { ValidatorsShape } from "./validators-shape.js";
import { getHeapStatistics } from "node:v8";

/** One measured run, as a child prints it. */
export interface Measurement {
  /** From reading the spec to holding the output, in this process (no start-up, no imports). */
  workMs: number;
  /** This process's peak resident set (`process.resourceUsage().maxRSS`). */
  maxRssBytes: number;
  /** The peaks of the processes it started (esbuild's service), summed; 0 when it started none. */
  helperPeakRssBytes: number;
  /** The heap limit it ran under: Node's default, as nothing here raises it. */
  heapLimitBytes: number;
  /** Each output's size in bytes, by file name. */
  outputs: Record<string, number>;
  /** What generated/validators.js holds, for the generator's run. */
  validators?: ValidatorsShape;
}

// `VmHWM`, the peak resident set, in /proc/<pid>/status (Linux; see proc(5)).
const PEAK_RSS = /^VmHWM:\s+(\d+) kB$/m;
const PARENT = /^PPid:\s+(\d+)$/m;

/**
 * The summed peak resident sets of this process's children. Linux only: elsewhere there is no
 * /proc, the figure is 0, and the memory ratio leaves esbuild out.
 */
export async function childrenPeakRssBytes(): Promise<number> {
  let pids: string[];
  try {
    pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  let total = 0;
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    if (PARENT.exec(status)?.[1] !== String(process.pid)) continue;
    total += Number(PEAK_RSS.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}

/**
 * The time since `startedMs` (a `performance.now()`) and the peaks so far: call it as soon as
 * the measured work is done, before counting what it produced.
 */
export async function measure(
  startedMs: number,
): Promise<Omit<Measurement, "outputs" | "validators">> {
  const workMs = performance.now() - startedMs;
  return {
    workMs,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    helperPeakRssBytes: await childrenPeakRssBytes(),
    heapLimitBytes: getHeapStatistics().heap_size_limit,
  };
}

/** Prints `measurement` as the one line the benchmark reads. */
export function print(measurement: Measurement): void {
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}
