/**
 * Fails when the changesets a change adds bump the version less than its own spec change needs.
 * Both sides are the change's own: the spec from where HEAD left the base branch to the working
 * tree, and the changesets added since then (committed or not), never those already on the base.
 *
 *   npm run -s version:check                       openapi.yaml against origin/main
 *   npm run -s version:check -- --base v0.2.0      against another git ref
 *
 * Exit codes: 0 the bump is enough (one line); 1 it is not (which change needs which bump, and
 * what to run); 2 bad input (one line).
 */
import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { readAddedBump } from "./changesets.js";
import { findForkPoint, listAddedChangesets } from "./git.js";
import { checkBump, VersionCheckError } from "./rules.js";
import { readSpecChanges } from "./spec-changes.js";

const USAGE = "Usage: npm run -s version:check -- [--base <git-ref>]   (default: origin/main)";
const SPEC_FILE = "openapi.yaml";
const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

function parseOptions(argv: string[]): { base: string } | "help" {
  let values: { base?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: "string", default: "origin/main" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new VersionCheckError(`version:check: ${(error as Error).message}. ${USAGE}`);
  }
  if (values.help) return "help";
  const base = values.base ?? "";
  // spec:diff would read a leading dash as one of its own options.
  if (base === "" || base.startsWith("-")) {
    throw new VersionCheckError(`version:check: --base needs a git ref. ${USAGE}`);
  }
  return { base };
}

async function readPackage(root: string): Promise<{ name: string; version: string }> {
  const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
    name?: unknown;
    version?: unknown;
  };
  if (typeof manifest.name !== "string" || typeof manifest.version !== "string") {
    throw new VersionCheckError("version:check: package.json needs a name and a version.");
  }
  return { name: manifest.name, version: manifest.version };
}

async function check(argv: string[], root: string): Promise<number> {
  const options = parseOptions(argv);
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const { name, version } = await readPackage(root);
  const forkPoint = await findForkPoint(root, options.base);
  const [changes, added] = await Promise.all([
    readSpecChanges(root, forkPoint, SPEC_FILE),
    listAddedChangesets(root, forkPoint).then((ids) => readAddedBump(root, name, ids)),
  ]);
  const verdict = checkBump({ changes, packageName: name, version, added });
  if (verdict.isEnough) {
    console.log(verdict.message);
    return 0;
  }
  console.error(verdict.message);
  return 1;
}

/**
 * Runs version:check with `argv` on the git repository at `root` and returns the exit code;
 * what it prints goes to the console. Tests call it in-process on a throwaway repository.
 */
export async function main(argv: string[], root: string = projectRoot): Promise<number> {
  try {
    return await check(argv, root);
  } catch (error) {
    // One line, never a stack trace: the message says what to fix.
    const message =
      error instanceof VersionCheckError
        ? error.message
        : `version:check: unexpected error: ${String((error as Error).message ?? error).split("\n")[0]}`;
    console.error(message);
    return 2;
  }
}

// Run as a command, not when imported; Node gives a symlinked entry point's real path.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
