/**
 * The thread that runs one spec:diff comparison for main.ts, under its memory limit and clock:
 * runs run.ts and hands back what to print. main.ts starts it from its bundle (worker-bundle.ts).
 */
// First, so that the modules after it load through V8's code cache.
import "./compile-cache.js";
import { parentPort, workerData } from "node:worker_threads";
import { runSpecDiff } from "./run.js";
import type { SpecDiffOptions } from "./args.js";

const { options, cwd } = workerData as { options: SpecDiffOptions; cwd: string };
parentPort?.postMessage(await runSpecDiff(options, cwd));
