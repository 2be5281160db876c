/**
 * The comparison's worker as one precompiled file, built with esbuild into `.cache/spec-diff/`
 * when its sources change. A worker started on the TypeScript sources spends about a second in
 * tsx's loader (a thread of its own that transforms and resolves each of ~500 modules, which
 * the worker waits for) before it compares anything; the bundle loads in a tenth of that.
 *
 * The bundle is named after a hash of what it was built from (the project's sources it
 * includes, and the installed packages), so that an edited source or an `npm ci` gives a new
 * one, and runs started together never read a half-written file.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRY = fileURLToPath(new URL("./worker.ts", import.meta.url));
const OUT_DIR = join(ROOT, ".cache", "spec-diff");
const INPUTS_FILE = join(OUT_DIR, "inputs.json");
// Hashed with the inputs: what `npm ci` rewrites, so that a package upgrade gives a new bundle,
// and this file, whose build options shape the bundle.
const ALSO_HASHED = [
  join(ROOT, "node_modules", ".package-lock.json"),
  fileURLToPath(import.meta.url),
].map((path) => relative(ROOT, path));
const TYPESCRIPT_REQUIRED = fileURLToPath(
  new URL("../shared/typescript-required.mjs", import.meta.url),
);

/**
 * `import ts from "typescript"` (here and in openapi-typescript) loads TypeScript with
 * `require`, left outside the bundle: as typescript-as-cjs.mjs does for the sources, it spares
 * the ES module loader's scan of TypeScript's 9 MB for named exports.
 */
const typescriptAsRequire: Plugin = {
  name: "typescript-as-require",
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, (args) =>
      args.importer === TYPESCRIPT_REQUIRED
        ? { path: "typescript", external: true }
        : { path: TYPESCRIPT_REQUIRED },
    );
  },
};

/** The hash of the files a bundle was built from, relative to the project root. */
async function hashOf(inputs: readonly string[]): Promise<string> {
  const hash = createHash("sha256").update(`${process.version}\0`);
  for (const input of [...inputs, ...ALSO_HASHED]) {
    hash.update(`${input}\0`);
    hash.update(await readFile(join(ROOT, input)).catch(() => "(missing)"));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

async function lastInputs(): Promise<string[] | undefined> {
  try {
    const inputs: unknown = JSON.parse(await readFile(INPUTS_FILE, "utf8"));
    return Array.isArray(inputs) && inputs.every((input) => typeof input === "string")
      ? inputs
      : undefined;
  } catch {
    return undefined;
  }
}

const bundlePath = (hash: string): string => join(OUT_DIR, `worker-${hash}.mjs`);

/** Written whole, then renamed: a run started at the same time never reads half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, path);
}

async function build(): Promise<string> {
  const { build: esbuild } = await import("esbuild");
  const result = await esbuild({
    entryPoints: [ENTRY],
    // Inputs are named relative to it, as hashOf reads them.
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node}`,
    write: false,
    metafile: true,
    logLevel: "silent",
    // The package's `"sideEffects": false` is about what it ships; scripts/ relies on a module
    // imported for its effect alone (redocly-hardening.ts), which must not be dropped.
    ignoreAnnotations: true,
    // run.ts and compiler/program.ts find the project and its packages from their own URL,
    // which in the bundle would be `.cache/`'s: they get the entry's, a file in the same folder.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(ENTRY).href) },
    // The bundled CommonJS packages (Redocly) `require` Node's modules.
    banner: {
      js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);',
    },
    // Prettier loads its own plugins by path, and esbuild (imported by the generator's output
    // module) finds its binary from its own: both stay packages.
    external: ["prettier", "esbuild"],
    plugins: [typescriptAsRequire],
  });
  const inputs = Object.keys(result.metafile.inputs).filter(
    (input) => !input.startsWith("node_modules/"),
  );
  const hash = await hashOf(inputs);
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild wrote no bundle");
  await mkdir(OUT_DIR, { recursive: true });
  await writeAtomically(bundlePath(hash), output.text);
  await writeAtomically(INPUTS_FILE, JSON.stringify(inputs));
  const stale = (await readdir(OUT_DIR)).filter(
    (name) => /^worker-[0-9a-f]{16}\.mjs$/.test(name) && name !== `worker-${hash}.mjs`,
  );
  await Promise.all(stale.map((name) => rm(join(OUT_DIR, name), { force: true })));
  return bundlePath(hash);
}

/**
 * Returns the path of the worker's bundle, building it first when a source it was built from
 * changed (a few hundred milliseconds, once).
 * @throws {Error} esbuild could not build it.
 */
export async function workerBundle(): Promise<string> {
  const inputs = await lastInputs();
  if (inputs !== undefined) {
    const path = bundlePath(await hashOf(inputs));
    if (existsSync(path)) return path;
  }
  return build();
}
