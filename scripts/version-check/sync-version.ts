/**
 * The last step of `npm run release:version` (`changeset version && tsx scripts/version-check/sync-version.ts`):
 * changesets bumps package.json only, so this writes the same version into src/version.ts, which
 * the client sends in its user-agent (src/ does not import package.json: a browser bundle would
 * carry all of it), and into package-lock.json, which `npm install` would otherwise rewrite in
 * some later, unrelated pull request.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const VERSION_FILE = "src/version.ts";
const VERSION_LINE = /^export const VERSION = "[^"\n]*";$/m;

class SyncError extends Error {}

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(root, file), "utf8")) as Record<string, unknown>;
}

async function syncVersionFile(version: string): Promise<void> {
  const path = join(root, VERSION_FILE);
  const text = await readFile(path, "utf8");
  if (!VERSION_LINE.test(text)) {
    throw new SyncError(
      `${VERSION_FILE} has no line \`export const VERSION = "…";\` to update; restore it, then run npm run release:version again.`,
    );
  }
  await writeFile(
    path,
    text.replace(VERSION_LINE, `export const VERSION = ${JSON.stringify(version)};`),
  );
}

async function syncLockfile(version: string): Promise<void> {
  const lock = await readJson("package-lock.json");
  const packages = lock.packages as Record<string, Record<string, unknown>> | undefined;
  const self = packages?.[""];
  if (!self) throw new SyncError("package-lock.json has no root package entry; run npm install.");
  lock.version = version;
  self.version = version;
  // npm writes its lockfile as two-space JSON with a final newline; keep it byte for byte.
  await writeFile(join(root, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
}

try {
  const { version } = await readJson("package.json");
  if (typeof version !== "string") throw new SyncError("package.json has no version.");
  await syncVersionFile(version);
  await syncLockfile(version);
  console.log(
    `sync-version: ${VERSION_FILE} and package-lock.json now say ${version}, as package.json does`,
  );
} catch (error) {
  const message = error instanceof SyncError ? error.message : String((error as Error).message);
  console.error(`sync-version: ${message.split("\n")[0]}`);
  process.exitCode = 1;
}
