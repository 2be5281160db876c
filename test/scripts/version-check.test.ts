/**
 * npm run version:check: the rule table, the bump of the changesets a change adds read from
 * fixture changesets, spec:diff's changes for fixture spec revisions, and the command end to end
 * in a temporary git repository, where `npm run release:version` then turns the changesets into
 * the release.
 */
import { cp, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAddedBump } from "../../scripts/version-check/changesets.js";
import {
  checkBump,
  leastBump,
  VersionCheckError,
  type ChangeClass,
  type SpecChange,
} from "../../scripts/version-check/rules.js";
import { readSpecChanges } from "../../scripts/version-check/spec-changes.js";
import {
  addChangeset,
  changesetProject,
  pullRequestRepository,
  SPECS,
} from "../fixtures/version-check/projects.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import { describeRun } from "../helpers/run-process.js";

const OPERATION = "POST /v4/model-groups/{model_group_id}/models/{model_instance_id}";
// spec:diff loads TypeScript and generates types for both revisions, and each end-to-end test
// copies the project and makes a git repository: seconds each, more on a busy machine.
const CHILD_PROCESS_TIMEOUT_MS = 60_000;

function change(changeClass: ChangeClass, message = `a ${changeClass} change`): SpecChange {
  return { operation: OPERATION, message, class: changeClass };
}

describe("leastBump", () => {
  it.each([
    ["breaking", "0.1.0", "minor"],
    ["review", "0.1.0", "patch"],
    ["safe", "0.1.0", "patch"],
    ["breaking", "1.0.0", "major"],
    ["review", "1.4.2", "minor"],
    ["safe", "2.0.0-beta.1", "patch"],
  ] as const)("asks a %s change at %s for a %s bump", (changeClass, version, bump) => {
    expect(leastBump(changeClass, version)).toBe(bump);
  });

  it("refuses a version that is not SemVer, naming it", () => {
    expect(() => leastBump("safe", "1.0")).toThrow(VersionCheckError);
    expect(() => leastBump("safe", "1.0")).toThrow('"1.0" is not a semantic version');
  });
});

describe("checkBump", () => {
  const base = { packageName: "sgp-client", version: "0.1.0" };

  it("passes in one line when the added changesets give what the spec needs", () => {
    const verdict = checkBump({ ...base, changes: [change("breaking")], added: "minor" });
    expect(verdict).toEqual({
      isEnough: true,
      required: "minor",
      message: "spec change needs a minor bump; the changesets this change adds give minor",
    });
  });

  it("passes when the added changesets give more than the spec needs", () => {
    const verdict = checkBump({ ...base, changes: [change("safe")], added: "major" });
    expect(verdict.isEnough).toBe(true);
    expect(verdict.message).toBe(
      "spec change needs a patch bump; the changesets this change adds give major",
    );
  });

  it("requires nothing when the spec did not change", () => {
    const verdict = checkBump({ ...base, changes: [], added: "none" });
    expect(verdict).toEqual({
      isEnough: true,
      required: "none",
      message:
        "no spec change, so the spec needs no bump; this change adds no changeset that bumps sgp-client",
    });
  });

  it("fails without a changeset, naming the change, its bump and what to run", () => {
    const removed = change("breaking", "response field `model_card` removed");
    const verdict = checkBump({ ...base, changes: [removed], added: "none" });
    expect(verdict.isEnough).toBe(false);
    expect(verdict.message.split("\n")).toEqual([
      "version:check: the spec change needs a minor bump, but this change adds no changeset that bumps sgp-client.",
      `  needs minor (breaking): ${OPERATION}: response field \`model_card\` removed`,
      "While sgp-client is 0.x (0.1.0), a breaking change needs minor and a review or safe change patch.",
      "Changesets already on the base branch count for the pull requests that added them, not for this one.",
      "Run `npx changeset`, choose a minor bump for sgp-client and describe the change for callers, then commit the file it writes in .changeset/.",
    ]);
  });

  it("lists only the changes that need more than the changesets give, from 1.0.0 on", () => {
    const changes = [change("safe"), change("breaking"), change("review")];
    const verdict = checkBump({ ...base, version: "1.2.0", changes, added: "minor" });
    expect(verdict.isEnough).toBe(false);
    expect(verdict.required).toBe("major");
    const listed = verdict.message.split("\n").filter((line) => line.startsWith("  "));
    expect(listed).toEqual([`  needs major (breaking): ${OPERATION}: a breaking change`]);
    expect(verdict.message).toContain("From 1.0.0 on, a breaking change needs major");
  });
});

describe("readAddedBump", () => {
  it("gives none when the change adds no changeset, whatever else is pending", async () => {
    const dir = await changesetProject("sgp-client", ["major.md"]);
    await expect(readAddedBump(dir, "sgp-client", [])).resolves.toBe("none");
  });

  it("gives the highest bump of the added changesets, and only of those", async () => {
    const dir = await changesetProject("sgp-client", ["patch.md", "major.md", "minor.md"]);
    await expect(readAddedBump(dir, "sgp-client", ["patch", "minor"])).resolves.toBe("minor");
  });

  it("refuses a changeset for another package, naming the package", async () => {
    const dir = await changesetProject("sgp-client", ["minor.md", "other-package.md"]);
    const reading = readAddedBump(dir, "sgp-client", ["minor"]);
    await expect(reading).rejects.toThrow(VersionCheckError);
    await expect(reading).rejects.toThrow(/other-package.*not in the workspace/);
  });
});

describe("readSpecChanges", () => {
  // The breaking revision's one change is read end to end below, by npm run version:check.
  it.each([
    ["review", "response field `model_vendor` may now be `MISTRAL`"],
    ["safe", "new optional response field `tags`"],
  ] as const)(
    "reads the %s fixture revision's one change from spec:diff",
    async (revision, message) => {
      const changes = await readSpecChanges(
        PROJECT_ROOT,
        join(SPECS, "base.yaml"),
        join(SPECS, `${revision}.yaml`),
      );
      expect(changes).toMatchObject([{ operation: OPERATION, message, class: revision }]);
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});

describe("npm run version:check", () => {
  it(
    "fails a breaking spec change until a changeset it adds gives a minor bump",
    async () => {
      // A major changeset already pending on main is another pull request's: it never counts.
      const { dir, run, versionCheck } = await pullRequestRepository({ changesets: ["major.md"] });

      // End to end: npm's exit code and the one message on stderr are the behaviour here.
      const bare = await run("version:check", ["--base", "main"]);
      expect(bare.code, describeRun(bare)).toBe(1);
      expect(bare.stderr).toContain("this change adds no changeset that bumps sgp-client");
      // spec:diff's one change of the breaking fixture revision, as readSpecChanges read it.
      expect(bare.stderr.split("\n").filter((line) => line.startsWith("  "))).toEqual([
        `  needs minor (breaking): ${OPERATION}: response field \`model_card\` removed`,
      ]);
      expect(bare.stderr).toContain("npx changeset");
      expect(bare.stderr).not.toMatch(/^\s+at /m);

      await addChangeset(dir, "patch.md");
      const patched = await versionCheck(["--base", "main"]);
      expect(patched.code, describeRun(patched)).toBe(1);
      expect(patched.stderr).toContain("but the changesets this change adds give patch");

      await addChangeset(dir, "minor.md");
      const fixed = await versionCheck(["--base", "main"]);
      expect(fixed.code, describeRun(fixed)).toBe(0);
      expect(fixed.stdout).toBe(
        "spec change needs a minor bump; the changesets this change adds give minor\n",
      );
    },
    3 * CHILD_PROCESS_TIMEOUT_MS,
  );

  it(
    "judges the branch's own commits: its spec change since it left main, and its changesets",
    async () => {
      const { dir, versionCheck, git } = await pullRequestRepository();
      await git("checkout", "--quiet", "-b", "feature");
      // The branch adds an enum value (review: a patch at 0.x) and commits a patch changeset.
      await cp(join(SPECS, "review.yaml"), join(dir, "openapi.yaml"));
      await addChangeset(dir, "patch.md");
      await git("add", ".");
      await git("commit", "--quiet", "--message", "feature");
      // Meanwhile main gains a field the branch lacks: compared with main's tip, the branch would
      // seem to remove it (breaking).
      await git("checkout", "--quiet", "main");
      await cp(join(SPECS, "safe.yaml"), join(dir, "openapi.yaml"));
      await git("commit", "--quiet", "--all", "--message", "main moves on");
      await git("checkout", "--quiet", "feature");

      const result = await versionCheck(["--base", "main"]);
      expect(result.code, describeRun(result)).toBe(0);
      expect(result.stdout).toBe(
        "spec change needs a patch bump; the changesets this change adds give patch\n",
      );
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );

  it(
    "exits 2 with one line when the base ref does not exist",
    async () => {
      const { versionCheck } = await pullRequestRepository();
      const result = await versionCheck(["--base", "no-such-branch"]);
      expect(result.code, describeRun(result)).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/^version:check: cannot find where HEAD left no-such-branch/);
      expect(result.stderr).toContain("fetch-depth: 0");
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );

  it(
    "exits 2 with one line on an unknown option",
    async () => {
      const { versionCheck } = await pullRequestRepository();
      const result = await versionCheck(["--bsae", "main"]);
      expect(result.code, describeRun(result)).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain("Usage: npm run -s version:check -- [--base <git-ref>]");
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});

describe("npm run release:version", () => {
  it(
    "bumps package.json, src/version.ts, package-lock.json and CHANGELOG.md together",
    async () => {
      const { dir, run } = await pullRequestRepository();
      await addChangeset(dir, "minor.md");
      await addChangeset(dir, "patch.md");

      const result = await run("release:version");
      expect(result.code, describeRun(result)).toBe(0);

      const read = (file: string): Promise<string> => readFile(join(dir, file), "utf8");
      const manifest = JSON.parse(await read("package.json")) as { version: string };
      const lock = JSON.parse(await read("package-lock.json")) as {
        version: string;
        packages: Record<string, { version?: string }>;
      };
      expect(manifest.version).toBe("0.2.0");
      expect(await read("src/version.ts")).toContain('export const VERSION = "0.2.0";');
      expect([lock.version, lock.packages[""]?.version]).toEqual(["0.2.0", "0.2.0"]);
      const changelog = await read("CHANGELOG.md");
      expect(changelog).toMatch(/^# sgp-client\n\n## 0\.2\.0\n\n### Minor Changes\n/);
      expect(changelog).toContain("A minor change, for the version:check tests.");
      expect(changelog).toContain("\n## 0.1.0\n");
      await expect(read(".changeset/minor.md")).rejects.toThrow(/ENOENT/);
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});
