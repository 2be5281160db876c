/**
 * What a pull request changes, read from git: the commit where it left the base branch, and the
 * changesets it adds since then. Changesets already on the base branch belong to the pull
 * requests that added them, so they never count for this one.
 */
import { execFile } from "node:child_process";
import { VersionCheckError } from "./rules.js";

/** A changeset file directly in `.changeset/`: changesets reads these, and README.md is not one. */
const CHANGESET_FILE = /^\.changeset\/(?!readme\.md$)([^/]+)\.md$/i;

function git(
  root: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("git", args, { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr || (error?.message ?? "") });
    });
  });
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}

/**
 * The commit where HEAD left `base` (`git merge-base <base> HEAD`): the spec there is what this
 * change started from, whatever the base branch did since.
 */
export async function findForkPoint(root: string, base: string): Promise<string> {
  const result = await git(root, ["merge-base", base, "HEAD"]);
  const commit = result.stdout.trim();
  if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    const reason = firstLine(result.stderr) || "they share no commit";
    throw new VersionCheckError(
      `version:check: cannot find where HEAD left ${base} (git merge-base: ${reason}). ` +
        "Fetch the base with its history (in CI, check out with fetch-depth: 0) or pass --base <git-ref>.",
    );
  }
  return commit;
}

/**
 * The ids (file names without `.md`) of the changesets this change adds since `forkPoint`:
 * committed, staged or not yet tracked. `--diff-filter=A` leaves out changesets the change only
 * edits or renames, which were another pull request's.
 */
export async function listAddedChangesets(root: string, forkPoint: string): Promise<string[]> {
  const [changed, untracked] = await Promise.all([
    git(root, [
      "diff",
      "--name-only",
      "--diff-filter=A",
      "--relative",
      forkPoint,
      "--",
      ".changeset/",
    ]),
    git(root, ["ls-files", "--others", "--exclude-standard", "--", ".changeset/"]),
  ]);
  for (const result of [changed, untracked]) {
    if (result.code !== 0) {
      throw new VersionCheckError(
        `version:check: git could not list the changesets this change adds: ${firstLine(result.stderr)}.`,
      );
    }
  }
  const files = `${changed.stdout}\n${untracked.stdout}`.split("\n");
  const ids = files.flatMap((file) => CHANGESET_FILE.exec(file.trim())?.slice(1, 2) ?? []);
  return [...new Set(ids)].sort();
}
