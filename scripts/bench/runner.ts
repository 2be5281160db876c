/**
 * One variant in a fresh Node process, forked by main.ts: it builds the client and sends `null`,
 * then for each command makes the calls and answers what they cost, or with `isHeap` (under
 * `--expose-gc`) the heap used after GC. Commands come one at a time: main.ts interleaves them.
 */
import { setImmediate } from "node:timers/promises";
import { firstLine } from "../shared/errors.js";
import { createCall, type Call, type RunnerConfig } from "./variants.js";

/** Parent to runner: make `calls` calls from `concurrency` workers. */
export type Command = { concurrency: number; calls: number; isHeap?: boolean };
/** What calls cost: each one's latency, and this process's CPU (user + system) and wall time. */
export type Cost = { latenciesNs: Float64Array; cpuMicros: number; wallNs: number };
/** Heap used after GC: before the first call, and after the calls. */
export type Heap = { beforeBytes: number; afterBytes: number };

const SETTLING_GCS = 8;

/** Workers pull from one counter, so a slow call holds up only its own worker. */
async function makeCalls(call: Call, concurrency: number, calls: number): Promise<Cost> {
  const latenciesNs = new Float64Array(calls);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < calls; index = next++) {
      const startNs = process.hrtime.bigint();
      await call();
      latenciesNs[index] = Number(process.hrtime.bigint() - startNs);
    }
  };
  const [startCpu, startNs] = [process.cpuUsage(), process.hrtime.bigint()];
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
  const { user, system } = process.cpuUsage(startCpu);
  const wallNs = Number(process.hrtime.bigint() - startNs);
  return { latenciesNs, cpuMicros: user + system, wallNs };
}

/**
 * Heap used after {@link SETTLING_GCS} GCs, each followed by a turn of the event loop, in which
 * FinalizationRegistry callbacks free fetch's response bodies: two GCs leave megabytes of them.
 */
async function heapUsedAfterGc(): Promise<number> {
  const { gc } = globalThis as { gc?: () => void };
  if (!gc) throw new Error("reading the heap needs node --expose-gc");
  for (let count = 0; count < SETTLING_GCS; count++) {
    gc();
    await setImmediate();
  }
  return process.memoryUsage().heapUsed;
}

async function measureHeap(call: Call, concurrency: number, calls: number): Promise<Heap> {
  const beforeBytes = await heapUsedAfterGc();
  await makeCalls(call, concurrency, calls);
  return { beforeBytes, afterBytes: await heapUsedAfterGc() };
}

function fail(error: unknown): never {
  console.error(`runner: ${firstLine(error)}`);
  process.exit(1);
}

async function start(config: RunnerConfig): Promise<void> {
  const call = await createCall(config);
  process.on("message", ({ concurrency, calls, isHeap }: Command) => {
    const measure = isHeap ? measureHeap : makeCalls;
    measure(call, concurrency, calls).then((value) => process.send?.(value), fail);
  });
  // The parent closing the channel, or dying, ends the runner: keep-alive sockets would not.
  process.on("disconnect", () => process.exit(0));
  process.send?.(null);
}

if (!process.send) fail(new Error("start me through scripts/bench/main.ts, not directly"));
start(JSON.parse(process.argv[2] ?? "{}") as RunnerConfig).catch(fail);
