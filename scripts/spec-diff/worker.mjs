/**
 * The thread that runs one spec:diff comparison for main.ts, under its memory limit and clock.
 * Plain JavaScript, because a worker starts without tsx's loader: it registers it, then runs
 * run.ts and hands back what to print.
 */
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

/** @type {typeof import("./run.ts")} */
const { runSpecDiff } = await tsImport("./run.ts", import.meta.url);
parentPort?.postMessage(await runSpecDiff(workerData.options, workerData.cwd));
