import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SpecDiffJson } from "../../scripts/lib/spec-diff-render.js";
import { EDITS, editSpec, OPERATION } from "../fixtures/spec-diff/spec-edits.js";
import { copyProject, type ProjectCopy } from "../helpers/project-copy.js";

const execFileAsync = promisify(execFile);

let project: ProjectCopy;
beforeEach(async () => {
  project = await copyProject();
});
afterEach(async () => {
  await project.remove();
});

async function writeSpec(name: string, text: string): Promise<void> {
  await writeFile(join(project.dir, name), text);
}

/** Writes openapi.yaml with `edit` applied as head.yaml, then diffs openapi.yaml against it. */
async function diffEdit(
  edit: Parameters<typeof editSpec>[0],
  ...flags: string[]
): ReturnType<typeof project.run> {
  await writeSpec("head.yaml", editSpec(edit));
  return project.run("spec:diff", ["openapi.yaml", "head.yaml", ...flags]);
}

// Identity and signing flags on the command line, so the test needs no git configuration.
async function git(...args: string[]): Promise<void> {
  await execFileAsync(
    "git",
    [
      "-c",
      "user.name=spec-diff test",
      "-c",
      "user.email=test@example.invalid",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { cwd: project.dir },
  );
}

async function commitSpec(message: string): Promise<void> {
  await git("add", "openapi.yaml");
  await git("commit", "-q", "-m", message);
}

function expectOneLineError(
  result: { code: number; stdout: string; stderr: string },
  problem: RegExp,
): void {
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^spec:diff: /);
  expect(lines[0]).toMatch(problem);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(2);
}

describe("npm run spec:diff exit codes and formats", { timeout: 60_000 }, () => {
  it("prints the report and exits 1 with --fail-on breaking when a change breaks callers", async () => {
    const result = await diffEdit(EDITS.removeRequiredResponseField, "--fail-on", "breaking");
    expect(result.stdout).toContain("| response field `account_id` removed | **breaking** |");
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringContaining("--fail-on breaking"),
    ]);
    expect(result.code).toBe(1);
  });

  it("exits 0 with --fail-on breaking when every change is safe", async () => {
    const result = await diffEdit(EDITS.addOptionalResponseField, "--fail-on", "breaking");
    expect(result.stdout).toContain("new optional response field `nickname`");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("exits 1 with --fail-on review on a new response enum value", async () => {
    const result = await diffEdit(EDITS.addResponseEnumValue, "--fail-on", "review");
    expect(result.stdout).toContain("`model_vendor` may now be `MISTRAL`");
    expect(result.code).toBe(1);
  });

  it("prints the same content as JSON with --format json, and exits 0 by default", async () => {
    const result = await diffEdit(EDITS.addRequiredHeader, "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as SpecDiffJson;
    expect(json).toMatchObject({ base: "openapi.yaml", head: "head.yaml" });
    expect(json.summary).toEqual({ breaking: 1, review: 0, safe: 0 });
    expect(json.changes).toEqual([
      {
        operation: OPERATION,
        where: expect.stringMatching(/\/post\/parameters\/\d+$/),
        message: "new required header `x-foo`",
        class: "breaking",
        reason: expect.any(String),
        documentation: false,
      },
    ]);
    expect(json.typescript.diff).toMatch(/^\+\s+"x-foo": string;$/m);
  });

  it("says No changes and exits 0 for identical specs, even with --fail-on review", async () => {
    const result = await project.run("spec:diff", [
      "openapi.yaml",
      "openapi.yaml",
      "--fail-on",
      "review",
    ]);
    expect(result.stdout).toContain("No changes");
    expect(result.code).toBe(0);
  });
});

describe("npm run spec:diff with git refs", { timeout: 60_000 }, () => {
  it("compares HEAD with the working tree by default, and two refs when given", async () => {
    await git("init", "-q");
    await commitSpec("base spec");
    await writeSpec("openapi.yaml", editSpec(EDITS.removeRequiredResponseField));

    const uncommitted = await project.run("spec:diff");
    expect(uncommitted.code).toBe(0);
    expect(uncommitted.stdout).toContain("## Spec changes: `HEAD` → `openapi.yaml` (working tree)");
    expect(uncommitted.stdout).toContain("response field `account_id` removed");

    await commitSpec("remove account_id");
    const refs = await project.run("spec:diff", ["HEAD~1", "HEAD"]);
    expect(refs.code).toBe(0);
    expect(refs.stdout).toContain("## Spec changes: `HEAD~1` → `HEAD`");
    expect(refs.stdout).toContain("response field `account_id` removed");
    expect(refs.stdout).toMatch(/^-\s+account_id: string;$/m);

    const committed = await project.run("spec:diff");
    expect(committed.stdout).toContain("No changes");
  });
});

describe("npm run spec:diff errors", { timeout: 60_000 }, () => {
  it("names a ref that does not exist", async () => {
    await git("init", "-q");
    await commitSpec("base spec");
    const result = await project.run("spec:diff", ["no-such-branch"]);
    expectOneLineError(result, /`no-such-branch` is neither a file nor a git ref/);
  });

  it("names a ref whose tree has no openapi.yaml", async () => {
    await git("init", "-q");
    await writeFile(join(project.dir, "notes.txt"), "before the spec\n");
    await git("add", "notes.txt");
    await git("commit", "-q", "-m", "no spec yet");
    await git("tag", "no-spec");
    await commitSpec("base spec");
    const result = await project.run("spec:diff", ["no-spec"]);
    expectOneLineError(result, /git ref `no-spec` has no openapi\.yaml/);
  });

  it("names a spec file that does not exist", async () => {
    const result = await project.run("spec:diff", ["missing.yaml", "openapi.yaml"]);
    expectOneLineError(result, /file not found: missing\.yaml/);
  });

  it("says where a spec is not valid YAML", async () => {
    await writeSpec("broken.yaml", "openapi: 3.1.0\npaths: [unbalanced\n  : :\n");
    const result = await project.run("spec:diff", ["broken.yaml", "openapi.yaml"]);
    expectOneLineError(result, /`broken\.yaml` is not valid YAML: .* at line \d+, column \d+$/);
  });

  it("says when a YAML file is not an OpenAPI document", async () => {
    await writeSpec("notes.yaml", "title: not a spec\n");
    const result = await project.run("spec:diff", ["openapi.yaml", "notes.yaml"]);
    expectOneLineError(result, /`notes\.yaml` is not an OpenAPI 3 document/);
  });

  it("says when the default base HEAD cannot be read outside a git repository", async () => {
    const result = await project.run("spec:diff");
    expectOneLineError(result, /`HEAD` is not a file, and .* is not inside a git repository/);
  });

  it("prints one usage line for an unknown option", async () => {
    const result = await project.run("spec:diff", ["--colour"]);
    expectOneLineError(result, /unknown option --colour; usage: npm run spec:diff -- /);
  });
});
