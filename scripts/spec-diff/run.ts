/**
 * One `spec:diff` run, from parsed options to what the command prints: the body of the worker
 * that main.ts starts (worker.ts), and callable in-process by tests.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { firstLine } from "../shared/errors.js";
import { failureMessage, type SpecDiffOptions } from "./args.js";
import { SpecDiffError } from "./error.js";
import { loadRevisions, SPEC_FILE } from "./load.js";
import { oneLine } from "./render/escape.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** What a run prints, and how it exits. */
export interface RunOutcome {
  /** The report, or nothing. */
  stdout: string;
  /** One line, or nothing. */
  stderr: string;
  exitCode: number;
}

async function compare(options: SpecDiffOptions, cwd: string): Promise<RunOutcome> {
  const { base, head } = await loadRevisions(options, cwd, options.limits);
  // Loaded only now: the type generator pulls in TypeScript (about two seconds), which a usage
  // or loading error should not wait for.
  const { buildSpecDiffReport } = await import("./report.js");
  const { renderMarkdown } = await import("./render/markdown.js");
  const { renderJson } = await import("./render/json.js");
  // The generator applies this project's prettier config, whichever revision it formats.
  const report = await buildSpecDiffReport(base, head, join(root, SPEC_FILE));
  const stdout = options.format === "json" ? renderJson(report) : renderMarkdown(report);
  const failure = failureMessage(report.summary, options.failOn);
  return { stdout, stderr: failure ?? "", exitCode: failure === undefined ? 0 : 1 };
}

/** Compares the revisions `options` name, read from `cwd`; never rejects. */
export async function runSpecDiff(options: SpecDiffOptions, cwd: string): Promise<RunOutcome> {
  try {
    return await compare(options, cwd);
  } catch (error) {
    // Only the message: a stack trace would bury the one line that says what to fix.
    const stderr =
      error instanceof SpecDiffError
        ? error.message
        : `spec:diff: unexpected error: ${oneLine(firstLine(error))}`;
    return { stdout: "", stderr, exitCode: 2 };
  }
}
