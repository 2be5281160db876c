/**
 * Runs one command of the bench as a process of its own and measures its wall time and peak
 * resident memory (peak.mjs, preloaded).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/** One measured run. */
export interface Measurement {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** Peak resident set size, in MiB. */
  peakMiB: number;
  /**
   * CPU time of the process (all its threads), in milliseconds: what the wall time would be on
   * an idle machine, give or take the work done on other threads in parallel.
   */
  cpuMs: number;
  code: number | null;
  /** The last line the process printed on stderr (a refusal's one line). */
  lastError: string;
}

const PEAK = join(import.meta.dirname, "peak.mjs");

/**
 * Runs `node <script> ...args`, a plain JavaScript file, with the peak probe preloaded; stdout is
 * discarded (the report is not what is measured).
 */
export async function measure(
  script: string,
  args: readonly string[],
  cwd: string,
): Promise<Measurement> {
  const dir = await mkdtemp(join(tmpdir(), "spec-diff-bench-"));
  const peakFile = join(dir, "peak");
  try {
    const start = performance.now();
    const preload = ["--import", PEAK];
    const child = spawn(process.execPath, [...preload, script, ...args], {
      cwd,
      env: { ...process.env, SPEC_DIFF_BENCH_PEAK_FILE: peakFile, NODE_OPTIONS: "" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4_000);
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    const ms = performance.now() - start;
    const usage = JSON.parse(await readFile(peakFile, "utf8").catch(() => "{}")) as {
      maxRSS?: number;
      cpu?: number;
    };
    const lastError = stderr.trim().split("\n").at(-1) ?? "";
    return {
      ms,
      peakMiB: (usage.maxRSS ?? 0) / 1024,
      cpuMs: (usage.cpu ?? 0) / 1000,
      code,
      lastError,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
