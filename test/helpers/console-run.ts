/**
 * Runs a script's `main` in this process and keeps what it printed, as a child process run
 * would: the exit code it returns, and its console.log and console.error lines as stdout and
 * stderr. For the checks that are not about the process boundary; each command keeps an
 * end-to-end run of its own in the tests.
 */
import { format } from "node:util";
import { vi } from "vitest";
import type { ProcessRun } from "./run-process.js";

/** Calls `main` with console.log and console.error captured; never rejects on a thrown error. */
export async function runInProcess(
  command: string,
  main: () => Promise<number>,
): Promise<ProcessRun> {
  let stdout = "";
  let stderr = "";
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    stdout += `${format(...args)}\n`;
  });
  const error = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    stderr += `${format(...args)}\n`;
  });
  try {
    const code = await main();
    return { command, code, stdout, stderr };
  } catch (thrown) {
    // A command line turns an escaped error into a stack trace: make it a failure to see.
    stderr += `[main threw] ${(thrown as Error).stack ?? String(thrown)}\n`;
    return { command, code: 1, stdout, stderr };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
