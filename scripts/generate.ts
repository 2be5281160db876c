/**
 * The only writer of generated/.
 *
 *   npm run generate          regenerate generated/schema.d.ts from openapi.yaml
 *   npm run generate:check    regenerate in memory; exit 1 if the committed file differs
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTwoFilesPatch } from "diff";
import { GENERATED_FILE, generateTypes } from "./lib/generate-types.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const specPath = join(root, "openapi.yaml");
const outPath = join(root, GENERATED_FILE);
const MAX_DIFF_LINES = 40;

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function shortDiff(current: string, expected: string): string {
  const patch = createTwoFilesPatch(
    `${GENERATED_FILE} (committed)`,
    `${GENERATED_FILE} (from openapi.yaml)`,
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

async function main(): Promise<number> {
  const isCheck = process.argv.includes("--check");
  const specText = await readIfExists(specPath);
  if (specText === undefined) {
    console.error(`generate: openapi.yaml not found at ${specPath}`);
    return 1;
  }
  let expected: string;
  try {
    expected = await generateTypes(specText, specPath);
  } catch (error) {
    console.error(
      `generate: openapi.yaml could not be turned into types: ${(error as Error).message}`,
    );
    console.error("Fix the spec (`npm run lint:spec` shows where), then run `npm run generate`.");
    return 1;
  }

  if (!isCheck) {
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, expected);
    console.log(`generate: wrote ${GENERATED_FILE}`);
    return 0;
  }

  const current = await readIfExists(outPath);
  if (current === expected) {
    console.log(`generate:check: ${GENERATED_FILE} is up to date with openapi.yaml`);
    return 0;
  }
  if (current === undefined) {
    console.error(`generate:check: ${GENERATED_FILE} is missing.`);
  } else {
    console.error(
      `generate:check: ${GENERATED_FILE} is stale: openapi.yaml changed since it was generated.`,
    );
    console.error(shortDiff(current, expected));
  }
  console.error(
    "Run `npm run generate` and commit openapi.yaml together with generated/; " +
      "`npm run spec:diff` shows what the spec change means for callers.",
  );
  return 1;
}

process.exitCode = await main();
