/**
 * `npm run bench:spec-diff`: spec:diff on real-size specs, side by side with api-smart-diff
 * alone on the same pair, each run a process of its own; prints one line per run, then the
 * figures against the targets of issue 20 and the load average. A script that prints numbers,
 * not a test: a target not met is a finding (exit 0); exit 1 when the bench itself breaks, 2 on
 * a bad option.
 *
 *   npm run bench:spec-diff -- [--runs 2] [--only own,rebilly,github,invalid] [--github file.json]
 *
 * GitHub's spec is `@octokit/openapi`'s, converted to OpenAPI 3.1 as bench:generate has it
 * (scripts/shared/spec-cache.ts); `--github` names another 3.1 JSON file instead.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { firstLine } from "../../shared/errors.js";
import { fetchSpecAs31, GITHUB_REST_SPEC } from "../../shared/spec-cache.js";
import { measure, type Measurement } from "./measure.js";
import { buildScenarios, type Scenario } from "./scenarios.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
// What `npm run spec:diff` runs.
const SPEC_DIFF = join(ROOT, "scripts", "spec-diff", "start.mjs");
const REFERENCE = join(import.meta.dirname, "api-smart-diff-only.mjs");
const USAGE =
  "usage: npm run bench:spec-diff -- [--runs N] [--only own,rebilly,github,invalid] [--github file.json]";

const step = (message: string): void => console.log(`bench:spec-diff: ${message}`);
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mib = (value: number): string => `${value.toFixed(0)} MiB`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function options(): { runs: number; only: string[] | undefined; github: string | undefined } {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "2" },
      only: { type: "string" },
      github: { type: "string" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`--runs must be a whole number ≥ 1`);
  return { runs, only: values.only?.split(","), github: values.github };
}

/** GitHub's REST spec as OpenAPI 3.1, packed from npm into .cache/specs/ unless it is there. */
async function githubSpec(): Promise<string> {
  const { npmName, version } = GITHUB_REST_SPEC;
  step(
    `github: ${npmName}@${version} as OpenAPI 3.1, fetched into .cache/specs/ unless it is there`,
  );
  return (await fetchSpecAs31(GITHUB_REST_SPEC, join(ROOT, ".cache", "specs"))).path;
}

interface Figures {
  scenario: Scenario;
  reference: Measurement[];
  specDiff: Measurement[];
}

/** The verdict on one scenario's targets, as a sentence. */
function verdict({ scenario, reference, specDiff }: Figures): string {
  const { target } = scenario;
  const time = median(specDiff.map((run) => run.ms));
  const cpu = median(specDiff.map((run) => run.cpuMs));
  const peak = Math.max(...specDiff.map((run) => run.peakMiB));
  const overhead = time - median(reference.map((run) => run.ms));
  const cpuOverhead = cpu - median(reference.map((run) => run.cpuMs));
  const checks: string[] = [];
  if (target.overheadMs !== undefined) {
    checks.push(
      `overhead ${seconds(overhead)} (target < ${seconds(target.overheadMs)}): ${overhead < target.overheadMs ? "met" : "NOT met"}`,
    );
  }
  if (target.ms !== undefined) {
    checks.push(
      `time ${seconds(time)} (target < ${seconds(target.ms)}): ${time < target.ms ? "met" : "NOT met"}`,
    );
  }
  if (target.peakMiB !== undefined) {
    checks.push(
      `peak ${mib(peak)} (target < ${mib(target.peakMiB)}): ${peak < target.peakMiB ? "met" : "NOT met"}`,
    );
  }
  const codes = [...new Set(specDiff.map((run) => run.code))].join(", ");
  const wanted = scenario.isRefusal ? 2 : 0;
  checks.push(
    `exit ${codes} (wanted ${wanted})${specDiff.every((run) => run.code === wanted) ? "" : ": NOT met"}`,
  );
  return `${scenario.name}: ${checks.join("; ")}`;
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof options>;
  try {
    parsed = options();
  } catch (error) {
    console.error(`bench:spec-diff: ${firstLine(error)}; ${USAGE}`);
    return 2;
  }
  const dir = await mkdtemp(join(tmpdir(), "spec-diff-bench-"));
  try {
    step(`load average ${load()} at the start`);
    const scenarios = (
      await buildScenarios(dir, parsed.github ?? (await githubSpec()), step)
    ).filter((scenario) => parsed.only === undefined || parsed.only.includes(scenario.name));
    const figures: Figures[] = scenarios.map((scenario) => ({
      scenario,
      reference: [],
      specDiff: [],
    }));
    // Rounds take turns between the scenarios and the two commands, so that load from other
    // work on a shared machine falls on all of them alike.
    for (let round = 1; round <= parsed.runs; round++) {
      for (const entry of figures) {
        const { name, base, head, args } = entry.scenario;
        const reference = await measure(REFERENCE, [base, head], ROOT);
        const specDiff = await measure(SPEC_DIFF, [base, head, "--format", "json", ...args], ROOT);
        entry.reference.push(reference);
        entry.specDiff.push(specDiff);
        const refused = specDiff.code === 2 ? `, refused: ${specDiff.lastError.slice(0, 120)}` : "";
        const figures = (run: Measurement): string =>
          `${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}) ${mib(run.peakMiB)}`;
        step(
          `${name} run ${round}: api-smart-diff ${figures(reference)}; ` +
            `spec:diff ${figures(specDiff)} (exit ${specDiff.code}${refused}); load ${load()}`,
        );
      }
    }
    for (const entry of figures) step(verdict(entry));
    step(`load average ${load()} at the end`);
    return 0;
  } catch (error) {
    console.error(`bench:spec-diff: the bench broke: ${firstLine(error)}`);
    return 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
