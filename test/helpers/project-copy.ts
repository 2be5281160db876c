/**
 * A throwaway copy of this project's generation inputs in a temporary directory, for tests
 * that edit the spec or delete generated files without touching the working tree.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
// src/validation/runtime.ts: the generator compiles the validators with its format checks;
// src/internal/escape.ts: scripts/shared/type-names.ts escapes a spec's names with it.
const COPIED = [
  "openapi.yaml",
  "generated",
  "scripts",
  "package.json",
  ".prettierrc.json",
  "src/validation/runtime.ts",
  // scripts/ escape what they print with the client's own escaper.
  "src/internal/escape.ts",
];

export interface ProjectCopy {
  dir: string;
  /** Runs `npm run <script> -- ...args` in the copy; never rejects. */
  run(script: string, args?: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

export async function copyProject(): Promise<ProjectCopy> {
  const dir = await mkdtemp(join(tmpdir(), "sgp-client-copy-"));
  await Promise.all(
    COPIED.map((entry) => cp(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true })),
  );
  await symlink(join(PROJECT_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    run: (script, args = []) =>
      new Promise((resolve) => {
        execFile(
          "npm",
          ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])],
          { cwd: dir, env: { ...process.env, NO_COLOR: "1" } },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
