/**
 * What a change to openapi.yaml means for code that calls the API, as a report for reviewers.
 *
 *   npm run spec:diff                         HEAD against the working tree's openapi.yaml
 *   npm run spec:diff -- origin/main          a ref against the working tree
 *   npm run spec:diff -- v1.2.0 HEAD          two refs (or files)
 *   npm run spec:diff -- --format json        the same report for machines
 *   npm run spec:diff -- --fail-on breaking   exit 1 if any change breaks callers
 *
 * Exit codes: 0 report printed; 1 `--fail-on` threshold reached; 2 usage or spec error, or a
 * limit reached. stdout carries the report and nothing else, so that a workflow can capture it.
 *
 * The comparison runs in a worker thread: its heap is capped (`--max-memory`), and this thread
 * keeps the clock (`--timeout`) and stops it, even in the middle of synchronous work. The worker
 * runs a precompiled bundle of the comparison (worker-bundle.ts), built on the first run.
 */
import { Worker } from "node:worker_threads";
import { firstLine } from "../shared/errors.js";
import { parseSpecDiffArgs, USAGE, type SpecDiffOptions } from "./args.js";
import { SpecDiffError } from "./error.js";
import { oneLine } from "./render/escape.js";
import type { RunOutcome } from "./run.js";
import { workerBundle } from "./worker-bundle.js";

function failed(stderr: string): RunOutcome {
  return { stdout: "", stderr, exitCode: 2 };
}

/** The worker's bundle, or a one-line error that says what to do. */
async function bundle(): Promise<string> {
  try {
    return await workerBundle();
  } catch (error) {
    throw new SpecDiffError(
      `spec:diff: could not build its worker with esbuild (${oneLine(firstLine(error))}); run \`npm ci\` and try again`,
    );
  }
}

function runInWorker(options: SpecDiffOptions, path: string): Promise<RunOutcome> {
  const worker = new Worker(path, {
    workerData: { options, cwd: process.cwd() },
    resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
    // Plain Node: the bundle needs neither tsx nor this thread's preloads.
    execArgv: [],
    // Whatever a library prints stays off this process's stdout, which carries the report alone.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise((resolve) => {
    let outcome: RunOutcome | undefined;
    const timer = setTimeout(() => {
      const seconds = options.timeoutMs / 1000;
      outcome = failed(
        `spec:diff: stopped after ${seconds} s, the --timeout limit; a comparison this slow means a very large or hostile spec: raise --timeout to wait longer`,
      );
      void worker.terminate();
    }, options.timeoutMs);
    worker.on("message", (message: RunOutcome) => {
      outcome ??= message;
    });
    worker.on("error", (error: NodeJS.ErrnoException) => {
      outcome ??=
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? failed(
              `spec:diff: the comparison needed more than ${options.maxMemoryMb} MB of memory, the --max-memory limit; raise it to compare larger specs`,
            )
          : failed(`spec:diff: unexpected error: ${oneLine(firstLine(error))}`);
    });
    worker.on("exit", () => {
      clearTimeout(timer);
      resolve(outcome ?? failed("spec:diff: unexpected error: the comparison stopped early"));
    });
  });
}

async function main(): Promise<number> {
  const options = parseSpecDiffArgs(process.argv.slice(2));
  if (options.isHelp) {
    console.log(USAGE);
    return 0;
  }
  const { stdout, stderr, exitCode } = await runInWorker(options, await bundle());
  process.stdout.write(stdout);
  if (stderr !== "") console.error(stderr);
  return exitCode;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Only the message: a stack trace would bury the one line that says what to fix.
  console.error(
    error instanceof SpecDiffError
      ? error.message
      : `spec:diff: unexpected error: ${oneLine(firstLine(error))}`,
  );
  process.exitCode = 2;
}
