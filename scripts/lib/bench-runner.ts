/**
 * Measures one client variant in a fresh Node process. It builds the client, says `ready`, then
 * obeys the parent's commands one at a time: the parent interleaves the variants' measured
 * segments, so that load from outside the bench falls on all of them alike.
 *
 * Usage (by scripts/bench.ts): fork(thisFile, [JSON.stringify(config)], { execArgv: [] })
 */
import type {
  HeapResult,
  RunnerCommand,
  RunnerConfig,
  RunnerReply,
  RunResult,
} from "./bench-protocol.js";
import { runCalls, summarize, type Accumulated } from "./bench-stats.js";
import { createCall, type Call } from "./bench-variants.js";

const measured = new Map<number, Accumulated>();

async function makeCalls(call: Call, concurrency: number, calls: number): Promise<void> {
  const cpuStart = process.cpuUsage();
  const timings = await runCalls(call, calls, concurrency);
  const cpu = process.cpuUsage(cpuStart);
  const run = measured.get(concurrency) ?? { segments: [], cpuMicros: 0 };
  run.segments.push(timings);
  run.cpuMicros += cpu.user + cpu.system;
  measured.set(concurrency, run);
}

function report(): RunResult[] {
  return [...measured].map(([concurrency, run]) => summarize(run, concurrency));
}

/** GCs after which the heap no longer shrank in trial runs (it took up to 4). */
const SETTLE_GCS = 8;

function forceGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("the heap command needs node --expose-gc");
  gc();
  // A turn of the event loop lets FinalizationRegistry callbacks (fetch bodies) run.
  return new Promise((resolve) => setImmediate(() => resolve(process.memoryUsage().heapUsed)));
}

async function measureHeap(call: Call, concurrency: number, calls: number): Promise<HeapResult> {
  await forceGc();
  const heapBeforeBytes = await forceGc();
  await runCalls(call, calls, concurrency);
  await forceGc();
  const heapAfterBytes = await forceGc();
  // Two GCs still count garbage whose finalizers ran only after the first (fetch's bodies need
  // several passes): the settled figure tells memory retained from garbage not yet freed.
  let heapSettledBytes = heapAfterBytes;
  for (let gcs = 2; gcs < SETTLE_GCS; gcs++) heapSettledBytes = await forceGc();
  return {
    calls,
    concurrency,
    heapBeforeBytes,
    heapAfterBytes,
    heapSettledBytes,
    settleGcs: SETTLE_GCS,
  };
}

async function obey(call: Call, command: RunnerCommand): Promise<RunnerReply> {
  switch (command.kind) {
    case "calls":
      if (command.isMeasured) await makeCalls(call, command.concurrency, command.calls);
      else await runCalls(call, command.calls, command.concurrency);
      return { kind: "done" };
    case "report":
      return { kind: "runs", runs: report() };
    case "heap":
      return { kind: "heap", heap: await measureHeap(call, command.concurrency, command.calls) };
  }
}

function fail(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const reply: RunnerReply = { kind: "error", message };
  process.send?.(reply, () => process.exit(1));
}

async function start(config: RunnerConfig): Promise<void> {
  const call = await createCall(config.variant, config.baseURL, config.modules);
  process.on("message", (command: RunnerCommand) => {
    obey(call, command).then((reply) => process.send?.(reply), fail);
  });
  // The parent closing the channel (or dying) ends the run; the client's keep-alive sockets
  // would otherwise keep this process alive.
  process.on("disconnect", () => process.exit(0));
  const ready: RunnerReply = { kind: "ready" };
  process.send?.(ready);
}

const rawConfig = process.argv[2];
if (rawConfig === undefined || process.send === undefined) {
  console.error("bench-runner: start it from scripts/bench.ts (npm run bench), not directly.");
  process.exit(2);
}
start(JSON.parse(rawConfig) as RunnerConfig).catch(fail);
