/**
 * The consumer project every runtime runs in: this project built, packed and installed from
 * the tarball into a temporary folder, with the check scripts copied beside it.
 */
import { readFileSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packAndInstall, type ConsumerProject } from "../../test/helpers/pack.js";
import { PROJECT_ROOT } from "../../test/helpers/project-copy.js";
import { childEnv, describeRun, runProcess } from "../../test/helpers/run-process.js";
import type { CreateTestServer } from "./checks.js";
import type { ConsumerPaths } from "./runtimes.js";

const SCRIPTS = new URL(".", import.meta.url);

/** A consumer project ready for the checks. */
export interface Consumer {
  project: ConsumerProject;
  paths: ConsumerPaths;
  /** `createTestServer` from the installed package's `sgp-client/testing`. */
  createTestServer: CreateTestServer;
}

/** Runs `npm run build` in this project; throws with npm's output when it fails. */
export async function build(): Promise<void> {
  const run = await runProcess("npm", ["run", "build"], {
    cwd: PROJECT_ROOT,
    env: childEnv(),
    killAfterMs: 300_000,
  });
  if (run.code !== 0) throw new Error(`npm run build failed\n${describeRun(run)}`);
}

/** Packs the built project, installs the tarball into a new project and adds the checks. */
export async function installConsumer(): Promise<Consumer> {
  const project = await packAndInstall();
  try {
    const esm = join(project.dir, "esm-checks.mjs");
    const cjs = join(project.dir, "cjs-check.cjs");
    await copyFile(new URL("esm-checks.mjs", SCRIPTS), esm);
    await copyFile(new URL("cjs-check.cjs", SCRIPTS), cjs);
    const packageDir = join(project.dir, "node_modules", "sgp-client");
    const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
      bin: Record<string, string>;
    };
    const bin = manifest.bin["sgp-client"];
    if (bin === undefined) throw new Error("the packed package.json names no sgp-client bin");
    const paths: ConsumerPaths = {
      esm,
      cjs,
      binLink: join(project.dir, "node_modules", ".bin", "sgp-client"),
      binFile: join(packageDir, bin),
    };
    // The stand-in comes from the tarball too, and runs here, in the Node 20 process. A module
    // inside the consumer imports it, so that Node resolves it through the exports map.
    const standIn = join(project.dir, "stand-in.mjs");
    await writeFile(standIn, 'export { createTestServer } from "sgp-client/testing";\n');
    const testing = (await import(pathToFileURL(standIn).href)) as {
      createTestServer: CreateTestServer;
    };
    return { project, paths, createTestServer: testing.createTestServer };
  } catch (error) {
    await project.remove();
    throw error;
  }
}
