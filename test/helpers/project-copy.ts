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
// src/internal/escape.ts: it escapes the spec's text in its messages.
const COPIED = [
  "openapi.yaml",
  "generated",
  "scripts",
  "package.json",
  ".prettierrc.json",
  "src/validation/runtime.ts",
  "src/internal/escape.ts",
];

export interface ProjectCopy {
  dir: string;
  /** Runs `npm run <script> -- ...args` in the copy; never rejects. */
  run(script: string, args?: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/**
 * Copies the generation inputs, and `extra` files or folders (e.g. `src`, `test`,
 * `tsconfig.json` for a copy that also type-checks and runs tests).
 */
export async function copyProject(extra: readonly string[] = []): Promise<ProjectCopy> {
  const dir = await mkdtemp(join(tmpdir(), "sgp-client-copy-"));
  // An entry inside an extra folder is copied with it, not twice at once.
  const inputs = COPIED.filter((entry) => !extra.some((folder) => entry.startsWith(`${folder}/`)));
  await Promise.all(
    [...inputs, ...extra].map((entry) =>
      cp(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true }),
    ),
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
