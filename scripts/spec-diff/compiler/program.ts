/**
 * Compiles the two revisions' generated declarations and a check file as one in-memory program
 * with TypeScript's compiler API. Nothing is read from disk but TypeScript's own `lib.es5.d.ts`
 * and openapi-typescript-helpers' declarations (openapi-fetch's `data` and `error` types), both
 * cached for the process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ts from "typescript";
import { MODULES } from "./check-file.js";

// `strict`, as a caller's tsconfig would have it: the compile claims are those of `tsc --strict`.
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  lib: ["lib.es5.d.ts"],
  types: [],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

const ROOT = "/spec-diff/";
/** Where the program keeps its files; the check file is `FILES.check`. */
export const FILES = {
  base: `${ROOT}base.d.ts`,
  head: `${ROOT}head.d.ts`,
  helpers: `${ROOT}helpers.d.ts`,
  check: `${ROOT}check.ts`,
};

// Parsed once per process: the lib, the helpers, and the last declaration texts seen (the
// base revision is the same across many comparisons in a test run).
const parsed = new Map<string, ts.SourceFile>();
const MAX_CACHED = 8;

function sourceFile(name: string, text: string): ts.SourceFile {
  const key = `${name}\u0000${text}`;
  const cached = parsed.get(key);
  if (cached !== undefined) return cached;
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, false);
  if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value ?? "");
  parsed.set(key, file);
  return file;
}

let helpersText: string | undefined;

function readHelpers(): string {
  // openapi-fetch's own dependency, resolved from where openapi-fetch is installed.
  const require = createRequire(createRequire(import.meta.url).resolve("openapi-fetch"));
  const entry = require.resolve("openapi-typescript-helpers");
  helpersText ??= readFileSync(join(dirname(entry), "index.d.ts"), "utf8");
  return helpersText;
}

/** Declarations as an ambient module, so both revisions coexist in one program. */
function asModule(name: string, declarations: string): string {
  return `declare module "${name}" {\n${declarations}\n}\n`;
}

function createHost(files: Map<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(OPTIONS);
  const { getSourceFile } = host;
  host.getSourceFile = (name, languageVersion, onError) => {
    const text = files.get(name);
    if (text !== undefined) return sourceFile(name, text);
    const libText = name.includes("lib.") ? ts.sys.readFile(name) : undefined;
    return libText === undefined
      ? getSourceFile.call(host, name, languageVersion, onError)
      : sourceFile(name, libText);
  };
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => files.get(name) ?? ts.sys.readFile(name);
  return host;
}

/**
 * The program of `base` and `head` (the generated declarations of each revision, as modules
 * MODULES.base and MODULES.head) and `check`, the check file's text; compiled once.
 */
export function compileCheckFile(
  base: string,
  head: string,
  check: string,
): { checker: ts.TypeChecker; file: ts.SourceFile } {
  const files = new Map([
    [FILES.base, asModule(MODULES.base, base)],
    [FILES.head, asModule(MODULES.head, head)],
    [FILES.helpers, asModule(MODULES.helpers, readHelpers())],
    [FILES.check, check],
  ]);
  const program = ts.createProgram([...files.keys()], OPTIONS, createHost(files));
  const file = program.getSourceFile(FILES.check);
  if (file === undefined) throw new Error("spec-diff: the check file did not compile");
  return { checker: program.getTypeChecker(), file };
}
