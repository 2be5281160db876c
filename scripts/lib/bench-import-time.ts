/** Wall time of a fresh Node process that only imports the built package, against an empty one. */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

/** Wall times of both kinds of process, in milliseconds: the median, and the fastest. */
export interface ImportTime {
  runs: number;
  emptyMs: number;
  importMs: number;
  emptyMinMs: number;
  importMinMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

function timeNode(args: string[]): number {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const startMs = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const elapsedMs = performance.now() - startMs;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} failed: ${result.stderr.toString().trim()}`);
  }
  return elapsedMs;
}

/**
 * Times `runs` processes of each kind, alternating so that drift in machine load hits both
 * alike, after one untimed run of each to warm the file cache.
 */
export function measureImportTime(moduleUrl: string, runs: number): ImportTime {
  const empty = ["-e", ""];
  const importOnly = ["--input-type=module", "-e", `await import(${JSON.stringify(moduleUrl)});`];
  timeNode(empty);
  timeNode(importOnly);
  const emptyMs: number[] = [];
  const importMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    emptyMs.push(timeNode(empty));
    importMs.push(timeNode(importOnly));
  }
  return {
    runs,
    emptyMs: median(emptyMs),
    importMs: median(importMs),
    emptyMinMs: Math.min(...emptyMs),
    importMinMs: Math.min(...importMs),
  };
}
