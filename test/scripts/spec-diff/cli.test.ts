import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SpecDiffJson } from "../../../scripts/spec-diff/render/json.js";
import {
  BASE_SPEC,
  BASE_SPEC_PATH,
  EDITS,
  editSpec,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";
import { runProcess, type ProcessRun } from "../../helpers/run-process.js";

// Only what the command line itself does runs as a subprocess: what reaches stdout and stderr,
// and the exit code. Classification and rendering are tested in-process.

/** `npm run -s spec:diff -- <fixture> <head> …flags`, as a workflow runs it. */
async function specDiff(head: string, ...flags: string[]): Promise<ProcessRun> {
  const dir = await mkdtemp(join(tmpdir(), "spec-diff-cli-"));
  try {
    const headPath = join(dir, "head.yaml");
    await writeFile(headPath, head);
    const base = fileURLToPath(BASE_SPEC_PATH);
    const args = ["run", "-s", "spec:diff", "--", base, headPath, ...flags];
    return await runProcess("npm", args, { cwd: PROJECT_ROOT });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const withEdit = (edit: (spec: Spec) => void): string => editSpec(edit);

function expectOneLineError(result: ProcessRun, problem: RegExp): void {
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toEqual([expect.stringMatching(/^spec:diff: /)]);
  expect(lines[0]).toMatch(problem);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(2);
}

describe.concurrent("npm run -s spec:diff", { timeout: 120_000 }, () => {
  it("prints only the Markdown report on stdout, and exits 0 by default", async () => {
    const result = await specDiff(withEdit(EDITS.removeRequiredResponseField));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^## Spec changes: `.*base\.yaml` → `.*head\.yaml`\n\n\*\*Summary:\*\*/,
    );
    expect(result.stdout).toMatch(/<\/details>\n$/);
  });

  it("prints only JSON with --format json, and exits 1 with one line on stderr when --fail-on trips", async () => {
    const result = await specDiff(
      withEdit(EDITS.renameLastResponseEnumValue),
      "--format",
      "json",
      "--fail-on",
      "breaking",
    );
    const json = JSON.parse(result.stdout) as SpecDiffJson;
    expect(json.summary).toEqual({ breaking: 1, review: 0, safe: 0 });
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^spec:diff: 1 breaking change with --fail-on breaking: /),
    ]);
    expect(result.code).toBe(1);
  });

  it("exits 2 with one line and no stack trace for a document that is not valid OpenAPI", async () => {
    const typo = BASE_SPEC.replace(/(deployment_count:\n\s+type: )integer/, "$1intger");
    const result = await specDiff(typo, "--fail-on", "never");
    expectOneLineError(
      result,
      /head\.yaml` is not a valid OpenAPI 3\.1\.0 document: `type` can be one of/,
    );
  });

  it("exits 2 with one usage line for an unknown option", async () => {
    const result = await specDiff(BASE_SPEC, "--colour");
    expectOneLineError(result, /unknown option --colour; usage: npm run spec:diff -- /);
  });
});
