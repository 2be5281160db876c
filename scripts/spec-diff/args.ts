/**
 * Command-line options of `npm run spec:diff`, parsed with `node:util` `parseArgs`.
 */
import { parseArgs } from "node:util";
import type { CallerClass } from "./classes.js";
import { SpecDiffError } from "./error.js";

/** Output formats of the report. */
export const FORMATS = ["markdown", "json"] as const;
/** Thresholds of `--fail-on`. */
export const FAIL_ON = ["breaking", "review", "never"] as const;

/** The one-line usage, printed with every usage error and for `--help`. */
export const USAGE =
  "usage: npm run spec:diff -- [base] [head] [--format markdown|json] [--fail-on breaking|review|never]" +
  " (base and head: a git ref or a file; defaults HEAD and the working tree's openapi.yaml)";

/** Parsed command line. */
export interface SpecDiffOptions {
  /** Git ref or file path; undefined means `HEAD`. */
  base: string | undefined;
  /** Git ref or file path; undefined means the working tree's openapi.yaml. */
  head: string | undefined;
  /** @default "markdown" */
  format: (typeof FORMATS)[number];
  /** @default "never" */
  failOn: (typeof FAIL_ON)[number];
  isHelp: boolean;
}

const OPTIONS = {
  format: { type: "string" },
  "fail-on": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function usageError(problem: string): SpecDiffError {
  return new SpecDiffError(`spec:diff: ${problem}; ${USAGE}`);
}

function choose<T extends string>(
  flag: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") throw usageError(`${flag} needs a value`);
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined)
    throw usageError(`${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
  return match;
}

/** Parses the arguments after `npm run spec:diff --`; throws {@link SpecDiffError} on misuse. */
export function parseSpecDiffArgs(argv: readonly string[]): SpecDiffOptions {
  // Not strict, so that the messages below name the flag in this tool's words; the tokens tell
  // which flags were given and whether a value followed.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!(token.name in OPTIONS)) throw usageError(`unknown option ${token.rawName}`);
  }
  if (positionals.length > 2)
    throw usageError(`expected at most two revisions, got ${positionals.length}`);
  return {
    base: positionals[0],
    head: positionals[1],
    format: choose("--format", values.format, FORMATS) ?? "markdown",
    failOn: choose("--fail-on", values["fail-on"], FAIL_ON) ?? "never",
    isHelp: values.help === true,
  };
}

/** The classes that make the run fail under `failOn`. */
export function failingClasses(failOn: SpecDiffOptions["failOn"]): CallerClass[] {
  if (failOn === "breaking") return ["breaking"];
  if (failOn === "review") return ["breaking", "review"];
  return [];
}

/**
 * The line printed on stderr when `failOn` trips for a report with `summary`; undefined when
 * the run passes.
 */
export function failureMessage(
  summary: Record<CallerClass, number>,
  failOn: SpecDiffOptions["failOn"],
): string | undefined {
  const failing = failingClasses(failOn).filter((cls) => summary[cls] > 0);
  if (failing.length === 0) return undefined;
  const counts = failing.map((cls) => `${summary[cls]} ${cls}`).join(" and ");
  const total = failing.reduce((sum, cls) => sum + summary[cls], 0);
  return (
    `spec:diff: ${counts} change${total === 1 ? "" : "s"} with --fail-on ${failOn}: ` +
    "see the report above; " +
    "make the spec change compatible, or agree on it with the API's callers before merging."
  );
}
