/**
 * `npm run bench`: latency, throughput, client CPU per call at concurrency 1 and 64, and heap
 * after GC of each client, each in a process of its own, against a keep-alive loopback server in
 * this process; then the targets. Method: docs/performance.md. Exit codes: 0 the report is
 * printed (a target not met is a finding, not a failure); 1 the bench broke; 2 a bad option.
 */
import { fork } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { firstLine } from "../shared/errors.js";
import { parseBenchArgs, USAGE, UsageError, type BenchOptions } from "./args.js";
import { HEAP_CONCURRENCY, renderReport, Row } from "./report.js";
import type { Command, Cost, Heap } from "./runner.js";
import { startServer } from "./server.js";
import { VARIANTS, type RunnerConfig, type Variant } from "./variants.js";

const CONCURRENCIES = [1, 64];
const DIST = join(import.meta.dirname, "..", "..", "dist");
const distUrl = (...path: string[]): string => pathToFileURL(join(DIST, ...path)).href;
const step = (message: string): void => console.error(`bench: ${message}`);
const load = (): string => loadavg()[0]?.toFixed(2) ?? "?";

/** Bundles runner.ts into `dir` for plain `node`: tsx's loader would add to what it measures. */
async function compileRunner(dir: string): Promise<string> {
  const [entry, outfile] = [join(import.meta.dirname, "runner.ts"), join(dir, "runner.mjs")];
  await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm" });
  return outfile;
}

/** Forks the compiled runner with only `execArgv` (no tsx); resolves once its client is built. */
async function startRunner(file: string, config: RunnerConfig, execArgv: string[] = []) {
  const { NODE_OPTIONS: _tsx, ...env } = process.env;
  // "advanced" serialization carries the Float64Array of latencies as it is.
  const child = fork(file, [JSON.stringify(config)], { execArgv, env, serialization: "advanced" });
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ?? `code ${code}`));
  });
  // Sending first is safe: the answer is emitted on a later turn of the event loop.
  const ask = <T>(command?: Command): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (command) child.send(command);
      child.once("message", (value) => resolve(value as T));
      void exited.then((how) => reject(new Error(`the ${config.variant} runner exited (${how})`)));
    });
  await ask();
  const close = (): Promise<string> => (child.disconnect(), exited);
  return { variant: config.variant, ask, close };
}
type Runner = Awaited<ReturnType<typeof startRunner>>;

/**
 * At each concurrency, warms every runner up, then makes the measured calls in rounds that take
 * turns between the variants: on a shared machine, load from outside then falls on every variant
 * alike, not on whichever ran at a busy moment.
 */
async function measureRows(runners: Runner[], options: BenchOptions): Promise<Row[]> {
  const { warmup, calls, rounds } = options;
  const rows: Row[] = [];
  for (const concurrency of CONCURRENCIES) {
    step(`concurrency ${concurrency}: ${warmup} warm-up calls each, ${calls} in ${rounds} rounds`);
    for (const runner of runners) await runner.ask({ concurrency, calls: warmup });
    const turns = runners.map((runner) => ({ runner, row: new Row(runner.variant, concurrency) }));
    for (let round = 0; round < Math.min(rounds, calls); round++) {
      // Near-equal rounds that add up to `calls`, each led by the next variant.
      const end = (r: number): number => Math.floor((r * calls) / Math.min(rounds, calls));
      const command = { concurrency, calls: end(round + 1) - end(round) };
      const lead = round % turns.length;
      for (const { runner, row } of [...turns.slice(lead), ...turns.slice(0, lead)]) {
        row.add(await runner.ask<Cost>(command));
      }
    }
    rows.push(...turns.map(({ row }) => row));
  }
  return rows;
}

async function measure(options: BenchOptions, runnerFile: string): Promise<string> {
  const server = await startServer(distUrl("testing", "index.js"));
  const { baseURL, groupId, instanceId, bodyBytes } = server;
  step(`server at ${baseURL}, answering the stand-in's ${bodyBytes}-byte ModelInstance`);
  const modules = {
    sgpClient: distUrl("index.js"),
    openapiFetch: import.meta.resolve("openapi-fetch"),
    undici: import.meta.resolve("undici"),
  };
  const start = (variant: Variant, execArgv?: string[]): Promise<Runner> =>
    startRunner(runnerFile, { variant, baseURL, groupId, instanceId, modules }, execArgv);
  step(`starting a runner process for each of ${VARIANTS.join(", ")}`);
  const runners = await Promise.all(VARIANTS.map((variant) => start(variant)));
  const rows = await measureRows(runners, options);
  await Promise.all(runners.map((runner) => runner.close()));
  const heap = new Map<Variant, Heap>();
  const command = { concurrency: HEAP_CONCURRENCY, calls: options.heapCalls, isHeap: true };
  step(`heap after ${command.calls} calls at concurrency ${command.concurrency}, new processes`);
  const heapRunners = await Promise.all(VARIANTS.map((variant) => start(variant, ["--expose-gc"])));
  // One at a time: the others wait with their clients built and no call made.
  for (const runner of heapRunners) {
    heap.set(runner.variant, await runner.ask<Heap>(command));
    await runner.close();
  }
  server.close();
  return renderReport(rows, heap, options.heapCalls);
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.isHelp) return console.log(USAGE);
  const loadAtStart = load();
  step("compiling the runner for plain node");
  const dir = await mkdtemp(join(tmpdir(), "sgp-bench-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const report = await measure(options, await compileRunner(dir));
  const { warmup, calls, rounds } = options;
  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length} cores; 1-minute load average ${loadAtStart}, then ${load()}
${warmup} warm-up and ${calls} measured calls per row, in ${rounds} rounds taking turns between the variants, each in its own process

${report}`);
}

// However the bench ends, exiting closes the IPC channels, which ends every runner still running.
process.once("SIGINT", () => process.exit(130)).once("SIGTERM", () => process.exit(143));
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench: ${firstLine(error)}`);
    if (error instanceof UsageError) process.exit(2);
    console.error("Fix the cause above, then run npm run bench again (it rebuilds dist/ first).");
    process.exit(1);
  },
);
