/** The matrix's output: one line per step and per runtime × check, then failures and a summary. */
import type { Runtime } from "./runtimes.js";

/** One line of the matrix: a check, or a runtime that could not be fetched. */
export interface ResultLine {
  runtime: Runtime;
  name: string;
  isPassed: boolean;
  detail: string;
  /** What the failure details show. */
  output: string;
  durationMs: number;
}

/** Seconds with one decimal (two below one second), for people. */
export function seconds(durationMs: number): string {
  return `${(durationMs / 1000).toFixed(durationMs < 1000 ? 2 : 1)} s`;
}

/** A step before the checks: `fetch`, `build`, `pack`. */
export function stepLine(step: string, text: string): string {
  return `${step.padEnd(6)}${text}`;
}

/** One runtime × check line. */
export function resultLine(result: ResultLine, labelWidth: number): string {
  return [
    (result.isPassed ? "ok" : "FAIL").padEnd(6),
    result.runtime.label.padEnd(labelWidth + 2),
    result.name.padEnd(22),
    seconds(result.durationMs).padStart(7),
    "  ",
    result.detail,
  ].join("");
}

/** The closing lines: each failure's output, what failed, how to re-run, and the counts. */
export function summary(results: readonly ResultLine[]): string[] {
  const failed = results.filter((result) => !result.isPassed);
  const lines: string[] = [];
  // Checks that fail alike (a runtime that cannot construct the client fails them all) show
  // their output once.
  const shown = new Map<string, string>();
  for (const result of failed) {
    const heading = `--- ${result.runtime.label}: ${result.name} ---`;
    const output = result.output.trimEnd();
    const first = shown.get(output);
    if (first === undefined) {
      shown.set(output, `${result.runtime.label}: ${result.name}`);
      lines.push("", heading, output);
    } else {
      lines.push("", `${heading} the same output as ${first}`);
    }
  }
  if (failed.length) {
    const runtimes = [...new Set(failed.map((result) => result.runtime))];
    lines.push("");
    for (const runtime of runtimes) {
      const names = failed.filter((result) => result.runtime === runtime).map((r) => r.name);
      lines.push(
        `failed on ${runtime.label}: ${names.join(", ")}; ` +
          `re-run it with: npm run test:runtimes -- --runtime ${runtime.id}`,
      );
    }
  }
  // The plain closing line that CI reads as the count of this run's tests.
  lines.push(`runtimes: ${results.length - failed.length} passed, ${failed.length} failed`);
  return lines;
}
