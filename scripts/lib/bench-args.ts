/** Command-line options of scripts/bench.ts. */
import { VARIANTS, type Variant } from "./bench-protocol.js";

/** What to measure, and how much. */
export interface BenchOptions {
  isHelp: boolean;
  isQuick: boolean;
  variants: Variant[];
  /** Calls before the measured calls, per variant and concurrency. */
  warmupCalls: number;
  /** Measured calls per variant and concurrency, and calls in each heap run. */
  measuredCalls: number;
  /** Turns the measured calls are split into, alternating between variants. */
  rounds: number;
  /** Processes of each kind timed for the import-only comparison. */
  importRuns: number;
}

/** The usage text. */
export const USAGE = `Usage: npm run bench [-- options]   (or: npx tsx scripts/bench.ts [options])

  --quick            a smoke run: 500 warm-up + 2000 measured calls, 5 import runs
  --warmup <n>       warm-up calls per variant and concurrency (default 3000)
  --calls <n>        measured calls per variant and concurrency, and per heap run (default 10000)
  --rounds <n>       alternating turns the measured calls are split into (default 5)
  --import-runs <n>  node processes of each kind for the import-time median (default 15)
  --variants <list>  comma-separated subset of ${VARIANTS.join(",")}
  --help             this text`;

const DEFAULTS = { warmupCalls: 3_000, measuredCalls: 10_000, rounds: 5, importRuns: 15 };
const QUICK = { ...DEFAULTS, warmupCalls: 500, measuredCalls: 2_000, importRuns: 5 };
const COUNT_FLAGS = {
  "--warmup": { key: "warmupCalls", min: 0 },
  "--calls": { key: "measuredCalls", min: 1 },
  "--rounds": { key: "rounds", min: 1 },
  "--import-runs": { key: "importRuns", min: 1 },
} as const;

function fail(message: string): never {
  throw new Error(`${message}\n\n${USAGE}`);
}

function parseCount(flag: string, raw: string | undefined, min: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < min) {
    fail(`${flag} expects an integer ≥ ${min}, got ${raw ?? "nothing"}.`);
  }
  return value;
}

function parseVariants(raw: string | undefined): Variant[] {
  const names = (raw ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !(VARIANTS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length)
    fail(`--variants: unknown ${unknown.join(", ") || "(empty)"}.`);
  // Kept in the table's order, whatever order they were given in.
  return VARIANTS.filter((variant) => names.includes(variant));
}

/** Parses `argv` (without node and the script); throws with the usage on a bad flag. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const isQuick = argv.includes("--quick");
  const options: BenchOptions = {
    isHelp: false,
    isQuick,
    variants: [...VARIANTS],
    ...(isQuick ? QUICK : DEFAULTS),
  };
  for (let index = 0; index < argv.length; index++) {
    const [flag = "", inline] = (argv[index] ?? "").split("=", 2);
    if (flag === "--quick") continue;
    if (flag === "--help" || flag === "-h") {
      options.isHelp = true;
      continue;
    }
    const value = inline ?? argv[++index];
    if (flag === "--variants") {
      options.variants = parseVariants(value);
      continue;
    }
    if (!(flag in COUNT_FLAGS)) fail(`Unknown option ${flag}.`);
    const { key, min } = COUNT_FLAGS[flag as keyof typeof COUNT_FLAGS];
    options[key] = parseCount(flag, value, min);
  }
  return options;
}
