/**
 * Large published OpenAPI descriptions for the benchmarks, fetched from npm on demand into a
 * git-ignored cache: pinned by version and checked against a pinned hash, never a dependency,
 * so that `npm ci` stays small. A second run finds the file and downloads nothing.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { childEnv, describeRun, runProcess } from "../../test/helpers/run-process.js";
import { isRecord } from "./guards.js";
import { toOpenAPI31 } from "./openapi-30.js";

/** One file inside one version of an npm package. */
export interface PinnedSpec {
  /** The cache folder's name, before the version: `github-rest`. */
  id: string;
  npmName: string;
  version: string;
  /** The tarball's SHA-512, as npm's `dist.integrity` writes it. */
  integrity: string;
  /** The description's path inside the tarball: `package/generated/api.github.com.json`. */
  file: string;
}

/**
 * GitHub's REST API description (13 MB of JSON, 1,223 operations, 969 schemas), OpenAPI 3.0.3:
 * the package has no 3.1 variant (its other files are GHEC, GHES and dereferenced copies).
 */
export const GITHUB_REST_SPEC: PinnedSpec = {
  id: "github-rest",
  npmName: "@octokit/openapi",
  version: "23.0.2",
  integrity:
    "sha512-pV8M7L9GY23AybNvTmo2nyjmpmnt6+2sRE/tqr0ZLQcPS4lnw7u5eZGNmwRNkBC3D7gZXbFx5AHzLUVRBXGDhg==",
  file: "package/generated/api.github.com.json",
};

/** Puts the package's tarball into `dir` and returns its path. */
export type PackFunction = (spec: PinnedSpec, dir: string) => Promise<string>;

/** `npm pack name@version` into `dir`: the registry's tarball, no install, no scripts. */
const npmPack: PackFunction = async (spec, dir) => {
  const run = await runProcess(
    "npm",
    [
      "pack",
      `${spec.npmName}@${spec.version}`,
      "--pack-destination",
      dir,
      "--ignore-scripts",
      "--no-update-notifier",
      "--silent",
    ],
    { cwd: dir, env: childEnv(), killAfterMs: 600_000 },
  );
  if (run.code !== 0) throw new Error(`npm pack failed\n${describeRun(run)}`);
  const tarballs = (await readdir(dir)).filter((name) => name.endsWith(".tgz"));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs`);
  return join(dir, tarballs[0] as string);
};

async function integrityOf(path: string): Promise<string> {
  const hash = createHash("sha512");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha512-${hash.digest("base64")}`;
}

/** Where a fetched file is, and whether this run downloaded it. */
export interface FetchedSpec {
  path: string;
  isDownloaded: boolean;
}

/**
 * Returns the path of `spec`'s file in `cacheDir`, fetching it first when it is missing: packs
 * the tarball into a temporary folder, checks its hash, extracts the one file and renames the
 * folder, so that an interrupted fetch never leaves a folder that looks whole; then removes other
 * versions of the same spec.
 * @throws {Error} npm or tar fails, or the tarball's hash is not the pinned one.
 */
export async function fetchSpec(
  spec: PinnedSpec,
  cacheDir: string,
  pack: PackFunction = npmPack,
): Promise<FetchedSpec> {
  const folder = `${spec.id}-${spec.version}`;
  const dir = join(cacheDir, folder);
  const path = join(dir, basename(spec.file));
  if (existsSync(path)) return { path, isDownloaded: false };

  await mkdir(cacheDir, { recursive: true });
  const staging = await mkdtemp(join(cacheDir, `.${folder}-`));
  try {
    const tarball = await pack(spec, staging);
    const integrity = await integrityOf(tarball);
    if (integrity !== spec.integrity) {
      throw new Error(
        `${spec.npmName}@${spec.version} has hash ${integrity}, not the pinned ${spec.integrity}; the registry served another tarball`,
      );
    }
    const tar = await runProcess("tar", ["-xzf", tarball, "-C", staging, spec.file], {
      cwd: staging,
      killAfterMs: 120_000,
    });
    if (tar.code !== 0) throw new Error(`tar could not extract ${spec.file}\n${describeRun(tar)}`);
    await rename(join(staging, spec.file), join(staging, basename(spec.file)));
    await rm(tarball);
    await rm(join(staging, spec.file.split("/")[0] as string), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const stale = (await readdir(cacheDir)).filter(
    (name) =>
      (name.startsWith(`${spec.id}-`) && name !== folder) || name.startsWith(`.${spec.id}-`),
  );
  await Promise.all(
    stale.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })),
  );
  return { path, isDownloaded: true };
}

/**
 * Returns the path of `spec`'s file as an OpenAPI 3.1 JSON document (scripts/shared/openapi-30.ts
 * converts a 3.0 one), cached next to the original after the first call.
 * @throws {Error} as fetchSpec, or the file is not an OpenAPI 3.0 or 3.1 JSON document.
 */
export async function fetchSpecAs31(
  spec: PinnedSpec,
  cacheDir: string,
  pack: PackFunction = npmPack,
): Promise<FetchedSpec> {
  const fetched = await fetchSpec(spec, cacheDir, pack);
  const path = `${fetched.path.replace(/\.json$/, "")}.openapi-3.1.json`;
  if (existsSync(path) && !fetched.isDownloaded) return { path, isDownloaded: false };
  const document: unknown = JSON.parse(await readFile(fetched.path, "utf8"));
  if (!isRecord(document)) throw new Error(`${fetched.path} is not a JSON object`);
  // Written whole, then renamed: a half-written file is never found.
  await writeFile(`${path}.partial`, JSON.stringify(toOpenAPI31(document)));
  await rename(`${path}.partial`, path);
  return { path, isDownloaded: fetched.isDownloaded };
}
