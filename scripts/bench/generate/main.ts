/**
 * `npm run bench:generate`: the generator's time and peak memory next to openapi-typescript's
 * alone, each in a fresh process at Node's default heap, round after round; then the targets.
 * Method and figures: docs/generate.md. Exit codes: 0 the report is printed (a target not met
 * is a finding, not a failure); 1 a measurement could not be made; 2 a bad option.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { basename, join, resolve } from "node:path";
import { build } from "esbuild";
import { childEnv, describeRun, runProcess } from "../../../test/helpers/run-process.js";
import { parseSpec } from "../../generate/spec.js";
import { firstLine } from "../../shared/errors.js";
import { HTTP_METHODS } from "../../shared/openapi.js";
import { isOpenAPI30, toOpenAPI31 } from "../../shared/openapi-30.js";
import { fetchSpecAs31, GITHUB_REST_SPEC } from "../../shared/spec-cache.js";
import { isRecord } from "../../shared/guards.js";
import { parseGenerateBenchArgs, USAGE, UsageError } from "./args.js";
import { withoutResponseExamples } from "./response-examples.js";
import type { Measurement } from "./measure.js";
import { renderReport, type Round, type Run, type SpecResult } from "./report.js";

const ROOT = resolve(import.meta.dirname, "..", "..", "..");
const WORK_DIR = join(ROOT, ".cache", "bench-generate");
const SPEC_CACHE = join(ROOT, ".cache", "specs");
// A run on GitHub's description takes about a minute on a quiet 2-core machine; a hung one fails.
const KILL_AFTER_MS = 20 * 60_000;
const step = (message: string): void => console.error(`bench:generate: ${message}`);
const load = (): number => loadavg()[0] ?? 0;

/** A spec to measure: what the report calls it, an OpenAPI 3.1 file of it, and its targets. */
interface Subject {
  label: string;
  path: string;
  hasTargets: boolean;
}

/**
 * Bundles the two measured programs for plain `node`, each with only its own imports: tsx's
 * loader would add to what is measured, and one bundle would load the generator's libraries
 * into the baseline. Written under the project so that their imports resolve in node_modules.
 */
async function buildPrograms(): Promise<{ baseline: string; generator: string }> {
  await build({
    entryPoints: ["run-openapi-typescript.ts", "run-generate.ts"].map((file) =>
      join(import.meta.dirname, file),
    ),
    outdir: WORK_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    logLevel: "error",
  });
  return {
    baseline: join(WORK_DIR, "run-openapi-typescript.mjs"),
    generator: join(WORK_DIR, "run-generate.mjs"),
  };
}

async function run(program: string, specPath: string): Promise<Run> {
  // No NODE_OPTIONS: tsx's, or a raised heap limit, would change what is measured.
  const { NODE_OPTIONS: _options, ...env } = childEnv();
  const started = performance.now();
  const result = await runProcess(process.execPath, [program, specPath, ROOT], {
    cwd: ROOT,
    env,
    killAfterMs: KILL_AFTER_MS,
  });
  const wallMs = performance.now() - started;
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  if (result.code !== 0 || !line.startsWith("{")) {
    throw new Error(`${basename(program)} failed\n${describeRun(result)}`);
  }
  return { ...(JSON.parse(line) as Measurement), wallMs };
}

async function measure(
  subject: Subject,
  programs: { baseline: string; generator: string },
  rounds: number,
): Promise<SpecResult> {
  const text = await readFile(subject.path, "utf8");
  const spec = parseSpec(text);
  const components = isRecord(spec["components"]) ? spec["components"] : {};
  const schemas = isRecord(components["schemas"]) ? Object.keys(components["schemas"]).length : 0;
  const paths = isRecord(spec["paths"]) ? Object.values(spec["paths"]) : [];
  const operations = paths
    .filter(isRecord)
    .reduce((n, item) => n + HTTP_METHODS.filter((m) => isRecord(item[m])).length, 0);
  const result: SpecResult = {
    label: subject.label,
    hasTargets: subject.hasTargets,
    bytes: Buffer.byteLength(text),
    schemas,
    operations,
    rounds: [],
  };
  for (let index = 0; index < rounds; index++) {
    const before = load();
    step(`${subject.label}: round ${index + 1} of ${rounds} (load ${before.toFixed(2)})`);
    // Alternate which goes first, so that neither always finds the other's files in the cache.
    const first = index % 2 === 0;
    const a = await run(first ? programs.baseline : programs.generator, subject.path);
    const b = await run(first ? programs.generator : programs.baseline, subject.path);
    const round: Round = {
      openapiTypescript: first ? a : b,
      generate: first ? b : a,
      load: [before, load()],
    };
    result.rounds.push(round);
  }
  return result;
}

/** The spec named by `--spec`, as an OpenAPI 3.1 file: itself, or its conversion from 3.0. */
async function ownSubject(path: string): Promise<Subject> {
  const document = parseSpec(await readFile(path, "utf8"));
  if (!isOpenAPI30(document)) return { label: path, path, hasTargets: true };
  const converted = join(WORK_DIR, `${basename(path)}.openapi-3.1.json`);
  await writeFile(converted, JSON.stringify(toOpenAPI31(document)));
  return { label: `${path} (OpenAPI 3.0, converted to 3.1)`, path: converted, hasTargets: true };
}

async function subjects(specPath: string | undefined): Promise<Subject[]> {
  if (specPath !== undefined) return [await ownSubject(specPath)];
  const { npmName, version } = GITHUB_REST_SPEC;
  step(`fetching ${npmName}@${version} into .cache/specs/ unless it is there`);
  const github = await fetchSpecAs31(GITHUB_REST_SPEC, SPEC_CACHE);
  const githubPath = join(WORK_DIR, `${basename(github.path, ".json")}.no-response-examples.json`);
  const document = JSON.parse(await readFile(github.path, "utf8")) as Record<string, unknown>;
  await writeFile(githubPath, JSON.stringify(withoutResponseExamples(document)));
  return [
    { label: "openapi.yaml", path: join(ROOT, "openapi.yaml"), hasTargets: false },
    {
      label: `GitHub's REST description (${npmName}@${version}, OpenAPI 3.0.3 converted to 3.1, without response examples)`,
      path: githubPath,
      hasTargets: true,
    },
  ];
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseGenerateBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench:generate: ${error.message}`);
    return 2;
  }
  if (options.isHelp) {
    console.log(USAGE);
    return 0;
  }
  try {
    await mkdir(WORK_DIR, { recursive: true });
    const list = await subjects(options.spec);
    step("bundling the two measured programs");
    const programs = await buildPrograms();
    const results: SpecResult[] = [];
    for (const subject of list) results.push(await measure(subject, programs, options.rounds));
    console.log(renderReport(results));
    return 0;
  } catch (error) {
    console.error(`bench:generate: ${firstLine(error)}`);
    const rest = (error as Error).message?.split("\n").slice(1).join("\n");
    if (rest) console.error(rest);
    console.error("Nothing was measured in full; fix the cause above and run it again.");
    return 1;
  }
}

process.exitCode = await main();
