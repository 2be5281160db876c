// Where spec:diff keeps its precompiled bundles, and how a run tells whether one is up to date:
// plain JavaScript, so that start.mjs can ask before any TypeScript loader is registered.
// worker-bundle.ts builds the bundles; start.mjs and main.ts only look them up.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const OUT_DIR = join(ROOT, ".cache", "spec-diff");

// Hashed with the inputs: what `npm ci` rewrites, so that a package upgrade gives a new bundle,
// and the files whose code or build options shape every bundle.
const ALSO_HASHED = [
  join(ROOT, "node_modules", ".package-lock.json"),
  // Named, not import.meta.url: in a bundle, that is the bundle's entry.
  fileURLToPath(new URL("./bundle-cache.mjs", import.meta.url)),
  fileURLToPath(new URL("./worker-bundle.ts", import.meta.url)),
].map((path) => relative(ROOT, path));

/** The hash of the files a bundle was built from, relative to the project root. */
export async function hashOf(inputs) {
  const hash = createHash("sha256").update(`${process.version}\0`);
  for (const input of [...inputs, ...ALSO_HASHED]) {
    hash.update(`${input}\0`);
    hash.update(await readFile(join(ROOT, input)).catch(() => "(missing)"));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The file listing what the bundle `name` was last built from. */
export const inputsFile = (name) => join(OUT_DIR, `${name}-inputs.json`);

/** The bundle `name` built from sources whose hash is `hash`. */
export const bundlePath = (name, hash) => join(OUT_DIR, `${name}-${hash}.mjs`);

/** The path of the bundle `name` if it was built from the sources as they are now. */
export async function freshBundle(name) {
  let inputs;
  try {
    inputs = JSON.parse(await readFile(inputsFile(name), "utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(inputs) || !inputs.every((input) => typeof input === "string")) {
    return undefined;
  }
  const path = bundlePath(name, await hashOf(inputs));
  return existsSync(path) ? path : undefined;
}
