/**
 * Lints openapi.yaml with Redocly's rules, as configured in redocly.yaml, and fails on any
 * problem: an error or a warning.
 *
 *   npm run lint:spec                   openapi.yaml
 *   npm run lint:spec -- other.yaml     another file
 *
 * The spec is read and parsed within limits by scripts/shared/load-spec.ts (which refuses a
 * `$ref` out of the document) and linted as that parsed document; Redocly cannot load anything
 * else (scripts/shared/redocly-hardening.ts).
 *
 * Exit codes: 0 no problem; 1 problems, one line each; 2 a spec refused or bad usage, one line.
 */
import "./shared/redocly-hardening.js";
import {
  BaseResolver,
  getLineColLocation,
  lintDocument,
  createConfig,
  Source,
} from "@redocly/openapi-core";
import type { NormalizedProblem } from "@redocly/openapi-core";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { escapeControl } from "../src/internal/escape.js";
import { firstLine } from "./shared/errors.js";
import {
  LIMIT_OPTIONS,
  limitsFrom,
  parseSpecText,
  readSpecFile,
  SpecInputError,
  type SpecLimits,
} from "./shared/load-spec.js";

const USAGE =
  "usage: npm run lint:spec -- [file] [--max-bytes N] [--max-nodes N] (default openapi.yaml)";
const root = fileURLToPath(new URL("..", import.meta.url));

class UsageError extends Error {}

function parseOptions(argv: string[]): { file: string; limits: SpecLimits } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: LIMIT_OPTIONS,
    allowPositionals: true,
  });
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one file, got ${positionals.length}`);
  }
  try {
    return { file: positionals[0] ?? "openapi.yaml", limits: limitsFrom(values) };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `openapi.yaml:12:5: warning no-unused-components: … at #/components/…`, on one line. */
function formatProblem(file: string, problem: NormalizedProblem): string {
  const location = problem.location[0];
  const start = location === undefined ? undefined : getLineColLocation(location).start;
  const place = start === undefined ? file : `${file}:${start.line}:${start.col}`;
  const pointer = location?.pointer === undefined ? "" : ` at ${location.pointer}`;
  // Redocly's messages quote the spec's own values.
  const message = escapeControl(problem.message.replace(/\s*\n\s*/g, " "));
  return `${place}: ${problem.severity} ${problem.ruleId}: ${message}${escapeControl(pointer)}`;
}

// The file as named on the command line, for messages; openapi.yaml until the options are read.
let shown = "openapi.yaml";

async function main(): Promise<number> {
  const { file, limits } = parseOptions(process.argv.slice(2));
  shown = escapeControl(file);
  const text = await readSpecFile(file, limits.maxBytes);
  const parsed = parseSpecText(text, limits);
  // Read here, not by Redocly, whose loader would go through the resolver that now refuses.
  const configPath = join(root, "redocly.yaml");
  const config = await createConfig(await readFile(configPath, "utf8"), { configPath });
  const problems = await lintDocument({
    document: { source: new Source(resolve(file), text), parsed },
    config: config.styleguide,
    externalRefResolver: new BaseResolver(config.resolve),
  });
  for (const problem of problems) console.error(formatProblem(shown, problem));
  if (problems.length === 0) {
    console.log(`lint:spec: ${shown} passes redocly.yaml's rules with no warnings`);
    return 0;
  }
  const errors = problems.filter((problem) => problem.severity === "error").length;
  console.error(
    `lint:spec: ${errors} errors and ${problems.length - errors} warnings in ${shown}; fix each one (warnings fail too)`,
  );
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    error instanceof SpecInputError
      ? `${shown} ${error.message}`
      : error instanceof UsageError || code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `${firstLine(error)}; ${USAGE}`
        : code === "ENOENT"
          ? `${shown}: file not found`
          : `unexpected error: ${firstLine(error)}`;
  console.error(`lint:spec: ${escapeControl(message)}`);
  process.exitCode = 2;
}
