/**
 * Command-line options of `npm run spec:diff`, and the exit code they ask for.
 */
import type { CallerClass } from "./spec-diff-classify.js";
import { SpecDiffError } from "./spec-diff-load.js";

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

function usageError(problem: string): SpecDiffError {
  return new SpecDiffError(`spec:diff: ${problem}; ${USAGE}`);
}

function choose<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  if (value === undefined || value === "") throw usageError(`${flag} needs a value`);
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined)
    throw usageError(`${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
  return match;
}

/** Parses the arguments after `npm run spec:diff --`; throws {@link SpecDiffError} on misuse. */
export function parseSpecDiffArgs(argv: readonly string[]): SpecDiffOptions {
  const options: SpecDiffOptions = {
    base: undefined,
    head: undefined,
    format: "markdown",
    failOn: "never",
    isHelp: false,
  };
  const positional: string[] = [];
  let isOptionsEnd = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (isOptionsEnd || !arg.startsWith("-")) {
      positional.push(arg);
      continue;
    }
    const [flag = "", inline] = arg.split(/=(.*)/s, 2);
    const takeValue = (): string | undefined => inline ?? argv[++index];
    if (flag === "--") isOptionsEnd = true;
    else if (flag === "--help" || flag === "-h") options.isHelp = true;
    else if (flag === "--format") options.format = choose(flag, takeValue(), FORMATS);
    else if (flag === "--fail-on") options.failOn = choose(flag, takeValue(), FAIL_ON);
    else throw usageError(`unknown option ${flag}`);
  }
  if (positional.length > 2)
    throw usageError(`expected at most two revisions, got ${positional.length}`);
  [options.base, options.head] = positional;
  return options;
}

/** The classes that make the run fail under `failOn`. */
export function failingClasses(failOn: SpecDiffOptions["failOn"]): CallerClass[] {
  if (failOn === "breaking") return ["breaking"];
  if (failOn === "review") return ["breaking", "review"];
  return [];
}
