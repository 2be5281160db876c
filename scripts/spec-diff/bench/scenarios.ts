/**
 * The pairs the bench compares, written to a temporary folder: the project's own spec, Rebilly's
 * (1 MB of YAML, shipped in @redocly/openapi-core for its own benchmark) and GitHub's REST spec
 * (13 MB of JSON), each with ten edits, and GitHub's with one typo, which spec:diff must refuse.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { applyTenEdits, withTypo } from "./edits.js";

/** One pair, its command-line flags and its targets. */
export interface Scenario {
  name: string;
  base: string;
  head: string;
  args: string[];
  /** True when spec:diff must refuse the head (exit 2). */
  isRefusal: boolean;
  target: { ms?: number; overheadMs?: number; peakMiB?: number };
}

const ROOT = join(import.meta.dirname, "..", "..", "..");

const REBILLY = join(
  createRequire(import.meta.url).resolve("@redocly/openapi-core/package.json"),
  "../src/benchmark/benches/rebilly.yaml",
);

type Mapping = Record<string, unknown>;

async function pair(
  dir: string,
  name: string,
  base: Mapping,
  format: "yaml" | "json",
  step: (message: string) => void,
): Promise<{ base: string; head: string }> {
  const head = structuredClone(base);
  const edits = applyTenEdits(head);
  step(`${name}: ${edits.length} edits: ${edits.join("; ")}`);
  const write = (value: Mapping): string =>
    format === "json" ? JSON.stringify(value) : stringify(value, { aliasDuplicateObjects: false });
  const paths = {
    base: join(dir, `${name}-base.${format}`),
    head: join(dir, `${name}-head.${format}`),
  };
  await writeFile(paths.base, write(base));
  await writeFile(paths.head, write(head));
  return paths;
}

/** Builds the scenarios in `dir`; GitHub's spec (OpenAPI 3.1) is read from `githubPath`. */
export async function buildScenarios(
  dir: string,
  githubPath: string,
  step: (message: string) => void,
): Promise<Scenario[]> {
  const own = parse(await readFile(join(ROOT, "openapi.yaml"), "utf8")) as Mapping;
  const rebilly = parse(await readFile(REBILLY, "utf8")) as Mapping;
  const scenarios: Scenario[] = [
    {
      name: "own",
      ...(await pair(dir, "own", own, "yaml", step)),
      args: [],
      isRefusal: false,
      target: { overheadMs: 800 },
    },
    {
      name: "rebilly",
      ...(await pair(dir, "rebilly", rebilly, "yaml", step)),
      args: [],
      isRefusal: false,
      target: { ms: 8_000, peakMiB: 700 },
    },
  ];
  const github = JSON.parse(await readFile(githubPath, "utf8")) as Mapping;
  const paths = await pair(dir, "github", github, "json", step);
  const invalid = join(dir, "github-invalid.json");
  await writeFile(invalid, JSON.stringify(withTypo(github)));
  const big = ["--max-bytes", String(64 * 1024 * 1024)];
  scenarios.push(
    {
      name: "github",
      ...paths,
      args: big,
      isRefusal: false,
      target: { ms: 25_000, peakMiB: 1_536 },
    },
    {
      name: "invalid",
      base: paths.base,
      head: invalid,
      args: big,
      isRefusal: true,
      target: { ms: 3_000 },
    },
  );
  return scenarios;
}
