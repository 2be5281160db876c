/**
 * Packs this project with `npm pack` and installs the tarball into a fresh consumer project in a
 * temporary directory, as a user would install it from the registry.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertBuilt } from "./dist.js";
import { PROJECT_ROOT } from "./project-copy.js";
import { describeRun, runProcess } from "./run-process.js";

/** A strict consumer's compiler options: what the package's declarations must satisfy. */
export const STRICT_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022"],
  types: ["node"],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  isolatedModules: true,
  // Check the package's declarations too, as a strict consumer without skipLibCheck does.
  skipLibCheck: false,
  rootDir: ".",
  outDir: "out",
};

export interface ConsumerProject {
  /** The consumer's root, with `node_modules/sgp-client` installed from the tarball. */
  dir: string;
  /** The packed tarball. */
  tarball: string;
  /** Removes the consumer and the tarball. */
  remove(): Promise<void>;
}

function installedVersion(name: string): string {
  const manifest = join(PROJECT_ROOT, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** Packs the built project and installs it, with our @types/node, into a new ESM project. */
export async function packAndInstall(): Promise<ConsumerProject> {
  assertBuilt();
  const packDir = await mkdtemp(join(tmpdir(), "sgp-client-pack-"));
  const dir = await mkdtemp(join(tmpdir(), "sgp-client-consumer-"));
  const remove = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true });
    await rm(packDir, { recursive: true, force: true });
  };
  try {
    const pack = await runProcess(
      "npm",
      ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir],
      { cwd: PROJECT_ROOT },
    );
    if (pack.code !== 0) throw new Error(`npm pack failed\n${describeRun(pack)}`);
    const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
    if (!packed) throw new Error(`npm pack reported no tarball\n${describeRun(pack)}`);
    const tarball = join(packDir, packed.filename);

    const manifest = {
      name: "sgp-client-consumer",
      version: "0.0.0",
      private: true,
      type: "module",
    };
    await writeFile(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const install = await runProcess(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--ignore-scripts",
        "--no-update-notifier",
        tarball,
        `@types/node@${installedVersion("@types/node")}`,
      ],
      { cwd: dir },
    );
    if (install.code !== 0) throw new Error(`npm install failed\n${describeRun(install)}`);
    return { dir, tarball, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
