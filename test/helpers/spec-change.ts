/**
 * Runs an everyday spec change on a throwaway copy of the project, the way CONTRIBUTING.md tells
 * a contributor to: edit, `npm run generate`, type-check, then the tests the change affects. Each
 * step keeps what it printed, so a failed proof shows the tool's own words.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { main as generate } from "../../scripts/generate.js";
import { runInProcess } from "./console-run.js";
import { copyProject, type ProjectCopy } from "./project-copy.js";
import { childEnv, describeRun, runProcess, type ProcessRun } from "./run-process.js";

/**
 * What a type-check of a spec change covers: the code, the generated files, the stand-in's
 * tests and the type tests (with the helpers they import).
 */
const TYPECHECKED = [
  "src",
  "generated",
  "test/testing",
  "test/unit/types.test-d.ts",
  "test/unit/nullable.test-d.ts",
];

/**
 * The tests a change of the spec's schemas or examples reaches: the stand-in's seed and the
 * answers built from it, and the checks of the spec and of the generated types. The type tests
 * of test/unit are type-checked rather than run.
 */
export const SCHEMA_CHANGE_TESTS = [
  "test/testing/seed.test.ts",
  "test/testing/store.test.ts",
  "test/testing/server.test.ts",
  "test/scripts/spec-examples.test.ts",
  "test/scripts/types-follow-spec.test.ts",
];

/** The tests a change of the spec's paths or methods reaches besides: routing, Allow, CORS. */
export const PATH_CHANGE_TESTS = [
  "test/testing/paths.test.ts",
  "test/testing/routes.test.ts",
  "test/testing/cors.test.ts",
];

/** A copy of the project that a spec change is tried on. */
export interface SpecChange {
  copy: ProjectCopy;
  /** Reads a file of the copy. */
  read(path: string): Promise<string>;
  /** Rewrites a file of the copy; throws if `edit` changes nothing, so a stale edit is loud. */
  edit(path: string, edit: (text: string) => string): Promise<void>;
  /** Writes a new file into the copy. */
  write(path: string, text: string): Promise<void>;
  /**
   * `npm run generate` on the copy. While the copy's generator is the project's own, its main
   * runs in this process, without npm's and tsx's start-up (test/scripts/generate.test.ts runs
   * the command itself); once an edit reaches the generator's code, the copy's command runs.
   */
  generate(): Promise<ProcessRun>;
  /** `tsc --noEmit` over the code, the generated files, the spec-following tests and `extra`. */
  typecheck(extra?: readonly string[]): Promise<ProcessRun>;
  /** `vitest run` on `files` of the copy. */
  test(files: readonly string[]): Promise<ProcessRun>;
}

// A nested vitest must not think it runs inside the outer one's worker.
function nestedEnv(): NodeJS.ProcessEnv {
  const env = childEnv();
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return env;
}

/** The code `npm run generate` runs: its scripts, and the two src/ modules they import. */
function isGeneratorCode(path: string): boolean {
  return (
    path.startsWith("scripts/") ||
    path === "src/validation/runtime.ts" ||
    path === "src/internal/escape.ts"
  );
}

/** Copies the project (code, tests, configs) for a spec change. */
export async function copyForSpecChange(): Promise<SpecChange> {
  const copy = await copyProject(["src", "test", "tsconfig.json", "vitest.config.ts"]);
  const bin = (name: string): string => join(copy.dir, "node_modules", ".bin", name);
  const run = (file: string, args: string[]): Promise<ProcessRun> =>
    runProcess(file, args, { cwd: copy.dir, env: nestedEnv(), killAfterMs: 240_000 });
  let isGeneratorEdited = false;
  return {
    copy,
    read: (path) => readFile(join(copy.dir, path), "utf8"),
    async edit(path, edit) {
      const before = await readFile(join(copy.dir, path), "utf8");
      const after = edit(before);
      if (after === before) throw new Error(`the edit of ${path} changed nothing`);
      isGeneratorEdited ||= isGeneratorCode(path);
      await writeFile(join(copy.dir, path), after);
    },
    async write(path, text) {
      isGeneratorEdited ||= isGeneratorCode(path);
      await writeFile(join(copy.dir, path), text);
    },
    generate: () =>
      isGeneratorEdited
        ? run("npm", ["run", "--silent", "generate"])
        : runInProcess("generate", () => generate([], copy.dir)),
    async typecheck(extra = []) {
      const config = { extends: "./tsconfig.json", include: [...TYPECHECKED, ...extra] };
      await writeFile(join(copy.dir, "tsconfig.spec-change.json"), JSON.stringify(config));
      return run(bin("tsc"), ["--noEmit", "-p", "tsconfig.spec-change.json"]);
    },
    test: (files) => run(bin("vitest"), ["run", ...files]),
  };
}

export { describeRun };
