/**
 * The only writer of generated/.
 *
 *   npm run generate          regenerate generated/ (types and validators) from openapi.yaml
 *   npm run generate:check    regenerate in memory; exit 1 if a committed file differs
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createTwoFilesPatch } from "diff";
import { generateStandIn, STAND_IN_FILE } from "./generate/stand-in.js";
import { GENERATED_FILE, generateTypes } from "./generate/types.js";
import {
  generateValidators,
  VALIDATORS_FILE,
  VALIDATORS_TYPES_FILE,
} from "./generate/validators.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const specPath = join(root, "openapi.yaml");
const MAX_DIFF_LINES = 40;

/** One file of generated/: its path relative to the root, and the bytes it must hold. */
interface Output {
  file: string;
  text: string;
}

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

async function generateAll(specText: string): Promise<Output[]> {
  const [types, validators, standIn] = await Promise.all([
    generateTypes(specText, specPath),
    generateValidators(specText, specPath),
    generateStandIn(specText, specPath),
  ]);
  return [
    { file: GENERATED_FILE, text: types },
    { file: VALIDATORS_FILE, text: validators.js },
    { file: VALIDATORS_TYPES_FILE, text: validators.dts },
    { file: STAND_IN_FILE, text: standIn },
  ];
}

/** Compares one output with the committed file; prints what is wrong; true when up to date. */
async function check({ file, text }: Output): Promise<boolean> {
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

async function main(): Promise<number> {
  let isCheck: boolean;
  try {
    isCheck = parseArgs({ options: { check: { type: "boolean" } } }).values.check === true;
  } catch (error) {
    console.error(`generate: ${(error as Error).message}`);
    console.error("Usage: npm run generate, or npm run generate:check.");
    return 2;
  }
  const specText = await readIfExists(specPath);
  if (specText === undefined) {
    console.error(`generate: openapi.yaml not found at ${specPath}`);
    return 1;
  }
  let outputs: Output[];
  try {
    outputs = await generateAll(specText);
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
  for (const output of outputs) isUpToDate = (await check(output)) && isUpToDate;
  if (isUpToDate) return 0;
  console.error(
    "Run `npm run generate` and commit openapi.yaml together with generated/; " +
      "`npm run spec:diff` shows what the spec change means for callers.",
  );
  return 1;
}

process.exitCode = await main();
