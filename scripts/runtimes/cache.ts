/**
 * Fetches a pinned runtime from npm into a git-ignored cache, one folder per runtime and
 * version, so that a second run finds it and downloads nothing.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { childEnv, describeRun, runProcess } from "../../test/helpers/run-process.js";
import type { Runtime } from "./runtimes.js";

/** Where a runtime is, and whether this run downloaded it. */
export interface FetchedRuntime {
  executable: string;
  isDownloaded: boolean;
}

/** The installed binary, which npm links into `node_modules/.bin`. */
function executableIn(dir: string, bin: string): string {
  return join(dir, "node_modules", ".bin", bin);
}

/** Whether `executable --version` names `version`: the cache's proof that a folder is whole. */
async function reportsVersion(executable: string, version: string): Promise<boolean> {
  if (!existsSync(executable)) return false;
  const run = await runProcess(executable, ["--version"], { cwd: "/", killAfterMs: 30_000 });
  const escaped = version.replaceAll(".", "\\.");
  return run.code === 0 && new RegExp(`(^|[^0-9.])${escaped}([^0-9.]|$)`).test(run.stdout);
}

/**
 * Returns the runtime's executable from `cacheDir`, installing it there first when it is
 * missing. Installs into a temporary folder and renames it, so an interrupted install never
 * leaves a folder that looks whole; then removes other versions of the same runtime.
 */
export async function fetchRuntime(runtime: Runtime, cacheDir: string): Promise<FetchedRuntime> {
  const { pinned } = runtime;
  if (!pinned) throw new Error(`${runtime.id} is not fetched from npm`);
  const folder = `${runtime.id}-${pinned.version}`;
  const dir = join(cacheDir, folder);
  const executable = executableIn(dir, pinned.bin);
  if (await reportsVersion(executable, pinned.version)) return { executable, isDownloaded: false };

  await mkdir(cacheDir, { recursive: true });
  const staging = await mkdtemp(join(cacheDir, `.${folder}-`));
  try {
    const manifest = {
      private: true,
      dependencies: { [pinned.npmName]: pinned.version },
      // bun and deno link their platform's binary in a postinstall script; npm 11 asks for it
      // to be allowed by name.
      allowScripts: { [pinned.npmName]: true },
    };
    await writeFile(join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const install = await runProcess(
      "npm",
      ["install", "--no-package-lock", "--no-audit", "--no-fund", "--no-update-notifier"],
      { cwd: staging, env: childEnv(), killAfterMs: 600_000 },
    );
    if (install.code !== 0) throw new Error(`npm install failed\n${describeRun(install)}`);
    if (!(await reportsVersion(executableIn(staging, pinned.bin), pinned.version))) {
      throw new Error(`${pinned.npmName}@${pinned.version} installed, but its binary does not run`);
    }
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // Other versions, and staging folders that an interrupted run left behind.
  const stale = (await readdir(cacheDir)).filter(
    (name) =>
      (name.startsWith(`${runtime.id}-`) && name !== folder) || name.startsWith(`.${runtime.id}-`),
  );
  await Promise.all(
    stale.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })),
  );
  return { executable, isDownloaded: true };
}
