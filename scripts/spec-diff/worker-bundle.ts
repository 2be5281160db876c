/**
 * spec:diff as precompiled files, built with esbuild into `.cache/spec-diff/` when their sources
 * change: `main` (main.ts, the command, which start.mjs runs) and `worker` (worker.ts, the
 * comparison). Started on the TypeScript sources, the worker spends about a second in tsx's
 * loader (a thread of its own that transforms and resolves each of ~500 modules, which the worker
 * waits for) before it compares anything, and the command a quarter of a second registering it;
 * the bundles load in a tenth of that.
 *
 * A bundle is named after a hash of what it was built from (the project's sources it includes,
 * and the installed packages; bundle-cache.mjs), so that an edited source or an `npm ci` gives a
 * new one, and runs started together never read a half-written file.
 */
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { bundlePath, freshBundle, hashOf, inputsFile, OUT_DIR, ROOT } from "./bundle-cache.mjs";

/** The bundles, by name, and their entry files. */
const ENTRIES = {
  main: fileURLToPath(new URL("./main.ts", import.meta.url)),
  worker: fileURLToPath(new URL("./worker.ts", import.meta.url)),
};
export type BundleName = keyof typeof ENTRIES;

const TYPESCRIPT_REQUIRED = fileURLToPath(
  new URL("../shared/typescript-required.mjs", import.meta.url),
);

/**
 * `import ts from "typescript"` (here and in openapi-typescript) loads TypeScript with
 * `require`, left outside the bundle: that spares the ES module loader's scan of TypeScript's
 * 9 MB for named exports (1.3 s against 0.4 s).
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

/** Written whole, then renamed: a run started at the same time never reads half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, path);
}

async function build(name: BundleName): Promise<string> {
  const entry = ENTRIES[name];
  const { build: esbuild } = await import("esbuild");
  const result = await esbuild({
    entryPoints: [entry],
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
    define: { "import.meta.url": JSON.stringify(pathToFileURL(entry).href) },
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
  const path = bundlePath(name, hash);
  await writeAtomically(path, output.text);
  await writeAtomically(inputsFile(name), JSON.stringify(inputs));
  const stale = (await readdir(OUT_DIR)).filter(
    (file) => new RegExp(`^${name}-[0-9a-f]{16}\\.mjs$`).test(file) && join(OUT_DIR, file) !== path,
  );
  await Promise.all(stale.map((file) => rm(join(OUT_DIR, file), { force: true })));
  return path;
}

/**
 * Returns the path of the bundle `name`, building it first when a source it was built from
 * changed (a few hundred milliseconds, once).
 * @throws {Error} esbuild could not build it.
 */
export async function bundleOf(name: BundleName): Promise<string> {
  return (await freshBundle(name)) ?? build(name);
}

/** The worker's bundle, as {@link bundleOf}. */
export function workerBundle(): Promise<string> {
  return bundleOf("worker");
}
