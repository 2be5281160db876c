/**
 * Command-line options of `npm run spec:diff`, parsed with `node:util` `parseArgs`.
 */
import { parseArgs } from "node:util";
import { DEFAULT_SPEC_LIMITS, type SpecLimits } from "../shared/load-spec.js";
import type { CallerClass } from "./classes.js";
import { SpecDiffError } from "./error.js";
import { oneLine } from "./render/escape.js";

/** Output formats of the report. */
export const FORMATS = ["markdown", "json"] as const;
/** Thresholds of `--fail-on`. */
export const FAIL_ON = ["breaking", "review", "never"] as const;

/** Seconds a run may take unless `--timeout` says otherwise. */
export const DEFAULT_TIMEOUT_S = 120;
/**
 * Megabytes of JavaScript heap for the comparison unless `--max-memory` says otherwise: with
 * the rest of the process, under 1 GB of resident memory (figures in docs/spec-diff.md).
 */
export const DEFAULT_MAX_MEMORY_MB = 640;

/** The one-line usage, printed with every usage error and for `--help`. */
export const USAGE =
  "usage: npm run spec:diff -- [base] [head] [--format markdown|json] [--fail-on breaking|review|never]" +
  " [--max-bytes N] [--max-nodes N] [--max-memory MB] [--timeout SECONDS]" +
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
  /** Size and node limits of each revision; @default DEFAULT_SPEC_LIMITS */
  limits: SpecLimits;
  /** Milliseconds the whole run may take; @default 120_000 */
  timeoutMs: number;
  /** Heap of the comparison, in megabytes; @default DEFAULT_MAX_MEMORY_MB */
  maxMemoryMb: number;
  isHelp: boolean;
}

const OPTIONS = {
  format: { type: "string" },
  "fail-on": { type: "string" },
  "max-bytes": { type: "string" },
  "max-nodes": { type: "string" },
  "max-memory": { type: "string" },
  timeout: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** What a number option accepts: whole or decimal, and its range. */
interface NumberOption {
  flag: string;
  unit: string;
  min: number;
  max: number;
  isWhole: boolean;
}

const NUMBER_OPTIONS = {
  maxBytes: { flag: "--max-bytes", unit: "bytes", min: 1, max: 1_000_000_000, isWhole: true },
  maxNodes: { flag: "--max-nodes", unit: "nodes", min: 1, max: 1_000_000_000, isWhole: true },
  maxMemory: { flag: "--max-memory", unit: "megabytes", min: 64, max: 65_536, isWhole: true },
  timeout: { flag: "--timeout", unit: "seconds", min: 0.001, max: 86_400, isWhole: false },
} as const satisfies Record<string, NumberOption>;

function usageError(problem: string): SpecDiffError {
  return new SpecDiffError(`spec:diff: ${problem}; ${USAGE}`);
}

function toNumber(option: NumberOption, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") throw usageError(`${option.flag} needs a value`);
  const pattern = option.isWhole ? /^\d+$/ : /^\d+(\.\d+)?$/;
  const number = Number(value);
  if (!pattern.test(value) || number < option.min || number > option.max) {
    const range = `${option.min.toLocaleString("en-US")} to ${option.max.toLocaleString("en-US")}`;
    const kind = option.isWhole ? "a whole number" : "a number";
    throw usageError(
      `${option.flag} must be ${kind} of ${option.unit} from ${range}, not "${oneLine(value.slice(0, 40))}"`,
    );
  }
  return number;
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
    throw usageError(
      `${flag} must be one of ${allowed.join(", ")}, not "${oneLine(value.slice(0, 40))}"`,
    );
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
    if (!Object.hasOwn(OPTIONS, token.name)) {
      throw usageError(`unknown option ${oneLine(token.rawName.slice(0, 40))}`);
    }
  }
  if (positionals.length > 2)
    throw usageError(`expected at most two revisions, got ${positionals.length}`);
  return {
    base: positionals[0],
    head: positionals[1],
    format: choose("--format", values.format, FORMATS) ?? "markdown",
    failOn: choose("--fail-on", values["fail-on"], FAIL_ON) ?? "never",
    limits: {
      maxBytes:
        toNumber(NUMBER_OPTIONS.maxBytes, values["max-bytes"]) ?? DEFAULT_SPEC_LIMITS.maxBytes,
      maxNodes:
        toNumber(NUMBER_OPTIONS.maxNodes, values["max-nodes"]) ?? DEFAULT_SPEC_LIMITS.maxNodes,
    },
    timeoutMs: (toNumber(NUMBER_OPTIONS.timeout, values.timeout) ?? DEFAULT_TIMEOUT_S) * 1000,
    maxMemoryMb: toNumber(NUMBER_OPTIONS.maxMemory, values["max-memory"]) ?? DEFAULT_MAX_MEMORY_MB,
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
