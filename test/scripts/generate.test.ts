import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/generate.js";
import { runInProcess } from "../helpers/console-run.js";
import { copyProject, PROJECT_ROOT, type ProjectCopy } from "../helpers/project-copy.js";

let project: ProjectCopy;
beforeEach(async () => {
  project = await copyProject();
});
afterEach(async () => {
  await project.remove();
});

/**
 * `npm run generate -- ...argv` on the copy, run in this process: the checks of what it writes
 * and prints. The command's own wiring (exit code, output) keeps an end-to-end run below.
 */
function generate(...argv: string[]) {
  return runInProcess(`generate ${argv.join(" ")}`, () => main(argv, project.dir));
}

async function editSpec(edit: (text: string) => string): Promise<void> {
  const path = join(project.dir, "openapi.yaml");
  await writeFile(path, edit(await readFile(path, "utf8")));
}

const GENERATED_FILES = [
  "generated/schema.d.ts",
  "generated/validators.js",
  "generated/validators.d.ts",
  "generated/stand-in.ts",
];

const addOptionalProperty = (text: string): string =>
  text.replace(
    "      properties:\n        name:\n",
    "      properties:\n        nickname:\n          type: string\n        name:\n",
  );

describe("npm run generate:check", { timeout: 60_000 }, () => {
  it("passes on the committed tree", async () => {
    const result = await generate("--check");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const file of GENERATED_FILES) expect(result.stdout).toContain(`${file} is up to date`);
  });

  it("fails with exit 1, the stale file, a short diff and what to run when the spec changed", async () => {
    await editSpec(addOptionalProperty);
    // End to end: npm's exit code and the child's stderr are the behaviour here.
    const result = await project.run("generate:check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("generated/schema.d.ts is stale");
    expect(result.stderr).toContain("generated/validators.js is stale");
    expect(result.stderr).toMatch(/^\+\s+nickname\?: string;$/m);
    expect(result.stderr).toContain("npm run generate");
    expect(result.stderr).toContain("npm run spec:diff");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports a missing generated file the same clear way, without a stack trace", async () => {
    await rm(join(project.dir, "generated"), { recursive: true });
    const result = await generate("--check");
    expect(result.code).toBe(1);
    for (const file of GENERATED_FILES) expect(result.stderr).toContain(`${file} is missing`);
    expect(result.stderr).toContain("npm run generate");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on an option it does not know, saying how to run it", async () => {
    const result = await generate("--chek");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--chek'[\s\S]*npm run generate:check/);
  });

  it("reports a spec that is not valid YAML with its location, without a stack trace", async () => {
    await editSpec((text) => text + "\n  : : [unbalanced\n");
    const result = await generate("--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("openapi.yaml could not be turned into types");
    expect(result.stderr).toMatch(/at line \d+, column \d+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm run generate", { timeout: 60_000 }, () => {
  it("writes the committed bytes, and a second run writes them again", async () => {
    const read = (dir: string) =>
      Promise.all(GENERATED_FILES.map((file) => readFile(join(dir, file), "utf8")));
    const committed = await read(PROJECT_ROOT);
    await rm(join(project.dir, "generated"), { recursive: true });
    // End to end: the files npm run generate writes, and the lines it prints.
    const result = await project.run("generate");
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toEqual(
      GENERATED_FILES.map((file) => `generate: wrote ${file}`),
    );
    const first = await read(project.dir);
    expect((await generate()).code).toBe(0);
    expect(first).toEqual(committed);
    expect(await read(project.dir)).toEqual(first);
  });

  it.each(GENERATED_FILES)(
    "heads %s with a do-not-edit banner naming its source and generator",
    async (file) => {
      const text = await readFile(join(PROJECT_ROOT, file), "utf8");
      expect(text.split("\n").slice(0, 4).join("\n")).toMatch(
        /Generated from openapi\.yaml by scripts\/generate\.ts\. Do not edit by hand/,
      );
    },
  );

  it("turns a spec edit into the matching type after regenerating", async () => {
    await editSpec(addOptionalProperty);
    expect((await generate()).code).toBe(0);
    const text = await readFile(join(project.dir, "generated/schema.d.ts"), "utf8");
    expect(text).toMatch(/export interface ModelInstance \{\n\s+nickname\?: string;\n/);
    expect((await generate("--check")).code).toBe(0);
  });
});
