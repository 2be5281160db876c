/** The bench's command line, parsed with `node:util` `parseArgs`. */
import { parseArgs } from "node:util";

/**
 * What to measure: warm-up calls, then measured calls in `rounds` turns, per variant and
 * concurrency; and calls before the heap is read, in a fresh process per variant.
 */
export type BenchOptions = Record<"warmup" | "calls" | "rounds" | "heapCalls", number> & {
  isHelp: boolean;
};

/** The text `--help` prints. */
export const USAGE = `Usage: npm run bench [-- options]          build dist/, then measure it
       npx tsx scripts/bench/main.ts [options]   measure the current dist/

  --warmup <n>      warm-up calls per variant and concurrency (default 3000)
  --calls <n>       measured calls per variant and concurrency (default 10000)
  --rounds <n>      turns the measured calls are split into, alternating variants (default 10)
  --heap-calls <n>  calls before the heap is read (default 10000, as the target is stated)
  -h, --help        this text`;

const count = (fallback: number) => ({ type: "string", default: String(fallback) }) as const;
const OPTIONS = {
  warmup: count(3_000),
  calls: count(10_000),
  rounds: count(10),
  "heap-calls": count(10_000),
  help: { type: "boolean", short: "h", default: false },
} as const;

/** A bad command line; its message is one line that says what is wrong. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Parses `args`; throws a {@link UsageError} for a bad option or value. */
export function parseBenchArgs(args: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS }));
  } catch (error) {
    // parseArgs' first sentence names the problem; the rest is about positionals, taken by none.
    throw new UsageError(`${(error as Error).message.split(". ")[0]}; --help lists the options`);
  }
  const whole = (name: "warmup" | "calls" | "rounds" | "heap-calls", min: number): number => {
    const raw = values[name];
    if (!/^\d+$/.test(raw) || Number(raw) < min) {
      throw new UsageError(`--${name} takes a whole number ≥ ${min}, not "${raw}"`);
    }
    return Number(raw);
  };
  return {
    warmup: whole("warmup", 0),
    calls: whole("calls", 1),
    rounds: whole("rounds", 1),
    heapCalls: whole("heap-calls", 1),
    isHelp: values.help,
  };
}
