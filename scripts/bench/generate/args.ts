/** The generate benchmark's command line, parsed with `node:util` `parseArgs`. */
import { parseArgs } from "node:util";

/** What to measure. */
export interface GenerateBenchOptions {
  /** Runs of each process per spec, taking turns. */
  rounds: number;
  /** One spec file to measure instead of the project's and GitHub's. */
  spec: string | undefined;
  isHelp: boolean;
}

/** The text `--help` prints. */
export const USAGE = `Usage: npm run bench:generate [-- options]

Times npm run generate's work and openapi-typescript's alone, each in a process of its own at
Node's default heap: on openapi.yaml, and on GitHub's REST description (fetched from npm once
into .cache/specs/, OpenAPI 3.0 converted to 3.1).

  --rounds <n>     runs of each, taking turns (default 2)
  --spec <file>    measure this OpenAPI 3.0 or 3.1 file (YAML or JSON) instead
  -h, --help       this text`;

/** A bad command line; its message is one line that says what is wrong. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Parses `args`; throws a {@link UsageError} for a bad option or value. */
export function parseGenerateBenchArgs(args: string[]): GenerateBenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        rounds: { type: "string", default: "2" },
        spec: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    // parseArgs' first sentence names the problem; the rest is about positionals, taken by none.
    throw new UsageError(`${(error as Error).message.split(". ")[0]}; --help lists the options`);
  }
  if (!/^\d+$/.test(values.rounds) || Number(values.rounds) < 1) {
    throw new UsageError(`--rounds takes a whole number ≥ 1, not ${JSON.stringify(values.rounds)}`);
  }
  return { rounds: Number(values.rounds), spec: values.spec, isHelp: values.help };
}
