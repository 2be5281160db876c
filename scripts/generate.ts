/**
 * The only writer of generated/.
 *
 *   npm run generate          regenerate generated/ (types and validators) from openapi.yaml
 *   npm run generate:check    regenerate in memory; exit 1 if a committed file differs
 */
import { realpathSync } from "node:fs";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createTwoFilesPatch } from "diff";
import { generateAll, type GeneratedFile as Output } from "./generate/all.js";
import { escapeControl } from "../src/internal/escape.js";
import {
  LIMIT_OPTIONS,
  limitsFrom,
  parseSpecText,
  readSpecFile,
  SpecInputError,
} from "./shared/load-spec.js";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const MAX_DIFF_LINES = 40;

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function shortDiff(file: string, current: string, expected: string): string {
  const patch = createTwoFilesPatch(
    `${file} (committed)`,
    `${file} (from openapi.yaml)`,
    current,
    expected,
    undefined,
    undefined,
    { context: 2 },
  );
  const lines = patch
    .split("\n")
    .slice(2)
    .filter((line) => line !== "");
  const shown = lines.slice(0, MAX_DIFF_LINES);
  if (lines.length > shown.length) shown.push(`… ${lines.length - shown.length} more diff lines`);
  return shown.join("\n");
}

/** Compares one output with the committed file; prints what is wrong; true when up to date. */
async function check(root: string, { file, text }: Output): Promise<boolean> {
  const current = await readIfExists(join(root, file));
  if (current === text) {
    console.log(`generate:check: ${file} is up to date with openapi.yaml`);
    return true;
  }
  if (current === undefined) {
    console.error(`generate:check: ${file} is missing.`);
  } else {
    console.error(`generate:check: ${file} is stale: openapi.yaml changed since it was generated.`);
    console.error(shortDiff(file, current, text));
  }
  return false;
}

/**
 * Runs `generate` (or `generate:check` with `--check`) on the project at `root` and returns the
 * exit code; what it prints goes to the console. Tests call it in-process on a project copy.
 */
export async function main(argv: string[], root: string = projectRoot): Promise<number> {
  const specPath = join(root, "openapi.yaml");
  let values: { check?: boolean; "max-bytes"?: string; "max-nodes"?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { check: { type: "boolean" }, ...LIMIT_OPTIONS },
    }));
  } catch (error) {
    console.error(`generate: ${(error as Error).message}`);
    console.error("Usage: npm run generate, or npm run generate:check.");
    return 2;
  }
  const isCheck = values.check === true;
  let specText: string;
  try {
    // The same limits and the same refusal of a `$ref` out of the document as spec:diff: the
    // generators below must never see a spec that reaches for a file or a URL.
    const limits = limitsFrom(values);
    specText = await readSpecFile(specPath, limits.maxBytes);
    parseSpecText(specText, limits);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      console.error(`generate: openapi.yaml not found at ${specPath}`);
      return 1;
    }
    if (error instanceof SpecInputError && error.isSyntaxError) {
      const problem = escapeControl(error.message);
      console.error(`generate: openapi.yaml could not be turned into types: ${problem}`);
      return 1;
    }
    // A spec refused for what it holds (a reference out of it, a limit): one line, exit 2.
    console.error(`generate: openapi.yaml ${escapeControl((error as Error).message)}`);
    return 2;
  }
  let outputs: Output[];
  try {
    outputs = await generateAll(specText, specPath);
  } catch (error) {
    console.error(
      `generate: openapi.yaml could not be turned into types and validators: ${(error as Error).message}`,
    );
    console.error("Fix the spec (`npm run lint:spec` shows where), then run `npm run generate`.");
    return 1;
  }

  if (!isCheck) {
    for (const { file, text } of outputs) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), text);
      console.log(`generate: wrote ${file}`);
    }
    return 0;
  }

  let isUpToDate = true;
  for (const output of outputs) isUpToDate = (await check(root, output)) && isUpToDate;
  if (isUpToDate) return 0;
  console.error(
    "Run `npm run generate` and commit openapi.yaml together with generated/; " +
      "`npm run spec:diff` shows what the spec change means for callers.",
  );
  return 1;
}

// Run as a command (`tsx scripts/generate.ts`), not when imported; Node gives a symlinked entry
// point's real path as import.meta.url.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
