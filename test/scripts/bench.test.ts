import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBenchArgs, UsageError } from "../../scripts/bench/args.js";
import { VARIANTS } from "../../scripts/bench/variants.js";
import { assertBuilt } from "../helpers/dist.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { describeRun, runProcess } from "../helpers/run-process.js";

const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
const escape = (text: string): string => text.replace(/[.+]/g, "\\$&");

function bench(...args: string[]): ReturnType<typeof runProcess> {
  return runProcess(TSX, ["scripts/bench/main.ts", ...args], {
    cwd: PROJECT_ROOT,
    killAfterMs: 60_000,
  });
}

describe("parseBenchArgs", () => {
  it("reads counts given as separate or inline values", () => {
    const options = parseBenchArgs(["--calls", "20", "--warmup=0", "--rounds", "2"]);
    expect(options).toMatchObject({ calls: 20, warmup: 0, rounds: 2, isHelp: false });
  });

  it("refuses an unknown option with one line that points to --help", () => {
    expect(() => parseBenchArgs(["--bogus"])).toThrow(UsageError);
    expect(() => parseBenchArgs(["--bogus"])).toThrow(
      /^Unknown option '--bogus'; --help lists the options$/,
    );
  });

  it("refuses a count that is not a whole number, or below its minimum, naming both", () => {
    expect(() => parseBenchArgs(["--calls", "1e3"])).toThrow(
      '--calls takes a whole number ≥ 1, not "1e3"',
    );
    expect(() => parseBenchArgs(["--heap-calls=0"])).toThrow(
      '--heap-calls takes a whole number ≥ 1, not "0"',
    );
  });
});

describe("npm run bench", { timeout: 60_000 }, () => {
  it("exits 2 with a one-line message on a bad option", async () => {
    const run = await bench("--calls", "many");
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('bench: --calls takes a whole number ≥ 1, not "many"\n');
  });

  it("prints every variant at both concurrencies, its heap, and a verdict per target", async () => {
    assertBuilt();
    const run = await bench("--warmup", "0", "--calls", "4", "--rounds", "2", "--heap-calls", "4");
    expect(run.code, describeRun(run)).toBe(0);
    for (const variant of VARIANTS) {
      for (const concurrency of [1, 64]) {
        const row = new RegExp(
          `^\\| ${escape(variant)} \\| ${concurrency} \\|( [^|]+ \\|){8}$`,
          "m",
        );
        expect(run.stdout, `the ${variant} row at ${concurrency}`).toMatch(row);
      }
      const heapRow = new RegExp(
        `^\\| ${escape(variant)} \\| [\\d.]+ \\| [\\d.]+ \\| -?[\\d.]+ \\|$`,
        "m",
      );
      expect(run.stdout, `the ${variant} heap row`).toMatch(heapRow);
    }
    const verdicts = run.stdout.match(/^- (create|client\.POST) .* — (met|not met)/gm);
    expect(verdicts, run.stdout).toHaveLength(6);
  });
});
