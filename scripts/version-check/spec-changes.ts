/**
 * The spec changes between two revisions of openapi.yaml, from `npm run spec:diff`'s JSON
 * output. A subprocess, not an import: the npm script is spec:diff's stable interface, wherever
 * its code lives.
 */
import { execFile } from "node:child_process";
import { CHANGE_CLASSES, VersionCheckError, type SpecChange } from "./rules.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: stderr || (error?.message ?? "") });
      },
    );
  });
}

function isSpecChange(value: unknown): value is SpecChange {
  if (typeof value !== "object" || value === null) return false;
  const change = value as Record<string, unknown>;
  return (
    (change.operation === null || typeof change.operation === "string") &&
    typeof change.message === "string" &&
    (CHANGE_CLASSES as readonly unknown[]).includes(change.class)
  );
}

function parseChanges(stdout: string): SpecChange[] {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = undefined;
  }
  const changes = (report as { changes?: unknown } | undefined)?.changes;
  if (!Array.isArray(changes) || !changes.every(isSpecChange)) {
    throw new VersionCheckError(
      "version:check: npm run spec:diff -- --format json printed no report with a `changes` list; run it yourself to see why.",
    );
  }
  return changes;
}

/**
 * Runs `npm run -s spec:diff -- <base> <head> --format json` in `root` and returns its changes.
 * Throws a VersionCheckError with spec:diff's own message when it cannot compare the two.
 */
export async function readSpecChanges(
  root: string,
  base: string,
  head: string,
): Promise<SpecChange[]> {
  const args = ["run", "-s", "spec:diff", "--", base, head, "--format", "json"];
  const result = await run("npm", args, root);
  if (result.code !== 0) {
    const lines = result.stderr.trim().split("\n");
    const reason =
      [...lines].reverse().find((line) => line.startsWith("spec:diff:")) ?? lines.at(-1) ?? "";
    throw new VersionCheckError(
      `version:check: spec:diff could not compare ${base} with ${head}: ${reason.replace(/^spec:diff: /, "").replace(/\.$/, "")}. ` +
        "If the base is missing, fetch it (in CI, check out with fetch-depth: 0) or pass --base <git-ref>.",
    );
  }
  return parseChanges(result.stdout);
}
