/**
 * Prints what sgp-client costs per call next to raw fetch and bare openapi-fetch, against a
 * keep-alive loopback server in its own process: latency, throughput, client CPU per call,
 * import time and heap after GC, then checks them against the performance targets.
 *
 *   npm run bench                     build, then 3000 warm-up + 10000 measured calls per row
 *   npx tsx scripts/bench.ts --quick  a smoke run against the current dist/
 *   npx tsx scripts/bench.ts --help   every option
 *
 * Exit codes: 0 numbers printed (targets not met are reported, not failures); 1 the bench broke;
 * 2 usage error. Steps are logged to stderr, the report goes to stdout.
 */
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseBenchArgs, USAGE, type BenchOptions } from "./lib/bench-args.js";
import { loadModelInstanceJson } from "./lib/bench-body.js";
import {
  compileEntries,
  killChildren,
  nextMessage,
  removeEntries,
  startChild,
  type CompiledEntries,
} from "./lib/bench-children.js";
import { measureImportTime } from "./lib/bench-import-time.js";
import { measureHeap, measureRuns } from "./lib/bench-measure.js";
import type { ModuleUrls, ServerReady, Variant } from "./lib/bench-protocol.js";
import { renderReport, type BenchResults } from "./lib/bench-report.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CONCURRENCIES = [1, 64];
/** Heap is measured where memory would pile up: many calls in flight at once. */
const HEAP_CONCURRENCY = 64;
/** sgp-client for the target, raw fetch for context. */
const HEAP_VARIANTS: Variant[] = ["fetch", "sgp-client"];

const step = (message: string): void => console.error(`bench: ${message}`);
const load = (): string => loadavg()[0]?.toFixed(2) ?? "?";

function resolveModules(): ModuleUrls {
  const distFile = join(root, "dist", "index.js");
  if (!existsSync(distFile)) {
    throw new Error(`${distFile} is missing: run npm run build first (npm run bench does both).`);
  }
  return {
    sgpClient: pathToFileURL(distFile).href,
    openapiFetch: import.meta.resolve("openapi-fetch"),
    undici: import.meta.resolve("undici"),
  };
}

async function startServer(entries: CompiledEntries): Promise<string> {
  const body = await loadModelInstanceJson(join(root, "openapi.yaml"));
  const server = startChild(entries.serverFile, [body]);
  const { port } = await nextMessage<ServerReady>(server, "the bench server");
  step(`server on 127.0.0.1:${port}, answering a ${Buffer.byteLength(body)}-byte ModelInstance`);
  return `http://127.0.0.1:${port}`;
}

async function measure(options: BenchOptions, entries: CompiledEntries): Promise<BenchResults> {
  const modules = resolveModules();
  step(`timing ${options.importRuns} import-only and ${options.importRuns} empty node processes`);
  const importTime = measureImportTime(modules.sgpClient, options.importRuns);
  const baseURL = await startServer(entries);
  step(`starting a runner process for each of ${options.variants.join(", ")}`);
  const schedule = { ...options, concurrencies: CONCURRENCIES };
  const runs = await measureRuns(entries.runnerFile, baseURL, modules, schedule, step);
  const heap: BenchResults["heap"] = new Map();
  for (const variant of HEAP_VARIANTS.filter((v) => options.variants.includes(v))) {
    step(
      `${variant}: heap after GC following ${options.measuredCalls} calls at concurrency ${HEAP_CONCURRENCY}, in a fresh process`,
    );
    const config = { variant, baseURL, modules };
    const result = await measureHeap(
      entries.runnerFile,
      config,
      HEAP_CONCURRENCY,
      options.measuredCalls,
    );
    if (result) heap.set(variant, result);
  }
  return { runs, importTime, heap };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options.isHelp) {
    console.log(USAGE);
    return 0;
  }
  const loadAtStart = load();
  step("compiling the server and runner for plain node");
  const entries = await compileEntries(join(root, "scripts", "lib"));
  try {
    const results = await measure(options, entries);
    const cpu = cpus();
    console.log(`Node ${process.version}, ${cpu[0]?.model ?? "unknown CPU"} × ${cpu.length} cores`);
    console.log(`1-minute load average: ${loadAtStart} at start, ${load()} at end`);
    console.log(
      `${options.isQuick ? "Quick run: " : ""}${options.warmupCalls} warm-up + ${options.measuredCalls} ` +
        `measured calls per row, in ${options.rounds} rounds alternating between variants; ` +
        "each variant in its own process\n",
    );
    process.stdout.write(renderReport(results));
    return 0;
  } finally {
    killChildren();
    await removeEntries(entries);
  }
}

// Children die with the bench, however it ends.
process.on("exit", killChildren);
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.on(signal, () => {
    killChildren();
    process.exit(code);
  });
}
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error("Fix the cause above, then run npm run bench again (it rebuilds dist/ first).");
    process.exitCode = 1;
  },
);
