/**
 * The measurement schedule. Every variant's runner is started first; measured calls are then
 * made in rounds that take turns between the variants, so that load from outside the bench
 * (this machine has 2 cores and is shared) lands on every variant alike instead of on whichever
 * happened to run at a busy moment.
 */
import type { HeapResult, ModuleUrls, RunnerConfig, RunResult, Variant } from "./bench-protocol.js";
import { RunnerSession } from "./bench-session.js";

/** How much to measure. */
export interface Schedule {
  variants: readonly Variant[];
  concurrencies: readonly number[];
  warmupCalls: number;
  measuredCalls: number;
  /** The measured calls of each (variant, concurrency) are split into this many turns. */
  rounds: number;
}

/** `total` split into `parts` near-equal positive counts. */
function split(total: number, parts: number): number[] {
  const count = Math.max(1, Math.min(parts, total));
  return Array.from(
    { length: count },
    (_, index) => Math.floor(((index + 1) * total) / count) - Math.floor((index * total) / count),
  );
}

/** Measures every variant at every concurrency; `log` gets one line per step. */
export async function measureRuns(
  runnerFile: string,
  baseURL: string,
  modules: ModuleUrls,
  schedule: Schedule,
  log: (line: string) => void,
): Promise<Map<Variant, RunResult[]>> {
  const sessions: RunnerSession[] = [];
  try {
    for (const variant of schedule.variants) {
      sessions.push(await RunnerSession.start(runnerFile, { variant, baseURL, modules }));
    }
    for (const concurrency of schedule.concurrencies) {
      log(
        `concurrency ${concurrency}: ${schedule.warmupCalls} warm-up calls per variant, then ` +
          `${schedule.measuredCalls} measured in ${schedule.rounds} alternating rounds`,
      );
      // Warm up at this concurrency: the JIT, and the connection pool size it needs.
      for (const session of sessions) await session.calls(concurrency, schedule.warmupCalls, false);
      for (const [round, calls] of split(schedule.measuredCalls, schedule.rounds).entries()) {
        // Each round starts with a different variant, so none is always first after a switch.
        for (let turn = 0; turn < sessions.length; turn++) {
          await sessions[(round + turn) % sessions.length]?.calls(concurrency, calls, true);
        }
      }
    }
    const results = new Map<Variant, RunResult[]>();
    for (const [index, session] of sessions.entries()) {
      const variant = schedule.variants[index];
      if (variant !== undefined) results.set(variant, await session.report());
    }
    return results;
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
}

/** Heap after GC following `calls` calls at `concurrency`, in a fresh `--expose-gc` process. */
export async function measureHeap(
  runnerFile: string,
  config: RunnerConfig,
  concurrency: number,
  calls: number,
): Promise<HeapResult | undefined> {
  const session = await RunnerSession.start(runnerFile, config, ["--expose-gc"]);
  try {
    return await session.heap(concurrency, calls);
  } finally {
    await session.close();
  }
}
