import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SpecDiffError } from "../../../scripts/spec-diff/error.js";
import { loadRevisions } from "../../../scripts/spec-diff/load.js";
import { BASE_SPEC, EDITS, editSpec } from "../../fixtures/spec-diff/spec-edits.js";

const execFileAsync = promisify(execFile);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "spec-diff-load-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (name: string, text: string): Promise<void> => writeFile(join(dir, name), text);

// Identity and signing flags on the command line, so the test needs no git configuration.
async function git(...args: string[]): Promise<void> {
  const identity = ["-c", "user.name=spec-diff test", "-c", "user.email=test@example.invalid"];
  await execFileAsync("git", [...identity, "-c", "commit.gpgsign=false", ...args], { cwd: dir });
}

async function commitSpec(text: string, message: string): Promise<void> {
  await write("openapi.yaml", text);
  await git("add", "openapi.yaml");
  await git("commit", "-q", "-m", message);
}

/** The one-line message `loadRevisions` fails with. */
async function failure(base?: string, head?: string): Promise<string> {
  const error: unknown = await loadRevisions({ base, head }, dir).catch((caught) => caught);
  expect(error).toBeInstanceOf(SpecDiffError);
  const message = (error as Error).message;
  expect(message).toMatch(/^spec:diff: /);
  expect(message).not.toMatch(/\n/);
  return message;
}

describe("loadRevisions", () => {
  it("compares HEAD with the working tree's openapi.yaml by default", async () => {
    await git("init", "-q");
    await commitSpec(BASE_SPEC, "base spec");
    await write("openapi.yaml", editSpec(EDITS.addOptionalResponseField));
    const { base, head } = await loadRevisions({ base: undefined, head: undefined }, dir);
    expect([base.label, head.label]).toEqual(["`HEAD`", "`openapi.yaml` (working tree)"]);
    expect([base.spec, head.spec]).toEqual(["HEAD", "openapi.yaml"]);
    expect(base.text).toBe(BASE_SPEC);
    expect(head.text).toContain("nickname");
  });

  it("reads two git refs", async () => {
    await git("init", "-q");
    await commitSpec(BASE_SPEC, "base spec");
    await commitSpec(editSpec(EDITS.addOptionalResponseField), "add nickname");
    const { base, head } = await loadRevisions({ base: "HEAD~1", head: "HEAD" }, dir);
    expect([base.label, head.label]).toEqual(["`HEAD~1`", "`HEAD`"]);
    expect(head.text).not.toBe(base.text);
  });

  it("names a ref that does not exist", async () => {
    await git("init", "-q");
    await commitSpec(BASE_SPEC, "base spec");
    expect(await failure("no-such-branch")).toMatch(
      /`no-such-branch` is neither a file nor a git ref/,
    );
  });

  it("names a ref whose tree has no openapi.yaml", async () => {
    await git("init", "-q");
    await write("notes.txt", "before the spec\n");
    await git("add", "notes.txt");
    await git("commit", "-q", "-m", "no spec yet");
    await git("tag", "no-spec");
    await commitSpec(BASE_SPEC, "base spec");
    expect(await failure("no-spec")).toMatch(/git ref `no-spec` has no openapi\.yaml/);
  });

  it("says when the default base HEAD cannot be read outside a git repository", async () => {
    await write("openapi.yaml", BASE_SPEC);
    expect(await failure()).toMatch(/`HEAD` is not a file, and .* is not inside a git repository/);
  });

  it("names a spec file that does not exist", async () => {
    await write("openapi.yaml", BASE_SPEC);
    expect(await failure("missing.yaml", "openapi.yaml")).toMatch(/file not found: missing\.yaml/);
  });

  it("says where a spec is not valid YAML", async () => {
    await write("broken.yaml", "openapi: 3.1.0\npaths: [unbalanced\n  : :\n");
    expect(await failure("broken.yaml", "broken.yaml")).toMatch(
      /`broken\.yaml` is not valid YAML: .* at line \d+, column \d+$/,
    );
  });

  it("says when a YAML file is not an OpenAPI document", async () => {
    await write("notes.yaml", "title: not a spec\n");
    expect(await failure("notes.yaml", "notes.yaml")).toMatch(
      /`notes\.yaml` is not an OpenAPI 3 document/,
    );
  });

  it("rejects an unknown schema type before comparing, naming where it is", async () => {
    await write("openapi.yaml", BASE_SPEC);
    await write(
      "typo.yaml",
      BASE_SPEC.replace(/(deployment_count:\n\s+type: )integer/, "$1intger"),
    );
    expect(await failure("openapi.yaml", "typo.yaml")).toMatch(
      /`typo\.yaml` is not a valid OpenAPI 3\.1\.0 document: `type` can be one of .* at #\/components\/schemas\/ModelInstance\/properties\/deployment_count\/type, line \d+$/,
    );
  });

  it("rejects a reference to a schema that does not exist", async () => {
    await write("openapi.yaml", BASE_SPEC);
    await write("dangling.yaml", BASE_SPEC.replace("schemas/ModelType", "schemas/ModelKind"));
    expect(await failure("openapi.yaml", "dangling.yaml")).toMatch(
      /`dangling\.yaml` has a `\$ref` to "#\/components\/schemas\/ModelKind", which names nothing in the document, at #\/.*\/\$ref$/,
    );
  });
});
