/**
 * `npm run spec:diff` runs bundles it builds from its own sources into `.cache/spec-diff/`
 * (worker-bundle.ts, start.mjs). A bundle that outlived an edit to its sources would report what
 * the old code says: these runs, on a copy of the project, show that a fresh checkout builds
 * them, and that an edit to the command's or the comparison's sources is what the next run runs.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject } from "../../helpers/project-copy.js";

async function bundles(dir: string): Promise<string[]> {
  const files = await readdir(join(dir, ".cache", "spec-diff")).catch(() => []);
  return files.filter((file) => /^(main|worker)-[0-9a-f]{16}\.mjs$/.test(file)).sort();
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe("spec:diff's bundles", { timeout: 120_000 }, () => {
  it("are built on a fresh copy, and rebuilt from an edited source", async ({ onTestFinished }) => {
    const copy = await copyProject();
    onTestFinished(() => copy.remove());
    expect(await bundles(copy.dir)).toEqual([]);

    const first = await copy.run("spec:diff", ["HEAD~0:openapi.yaml", "openapi.yaml"]);
    // The copy is no git repository: the run reaches the worker, which says so in one line.
    expect(first.stderr).toMatch(/^spec:diff: /);
    const built = await bundles(copy.dir);
    expect(built.map((file) => file.split("-")[0])).toEqual(["main", "worker"]);

    // The command's own source: --help prints the edited usage.
    await edit(
      join(copy.dir, "scripts/spec-diff/args.ts"),
      "usage: npm run",
      "usage (edited): npm run",
    );
    const help = await copy.run("spec:diff", ["--help"]);
    expect(help).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("usage (edited): npm run"),
    });

    // The comparison's: the report says the edited words.
    await edit(
      join(copy.dir, "scripts/spec-diff/render/markdown.ts"),
      "No changes: both revisions describe the same API.",
      "No changes (edited).",
    );
    const same = await copy.run("spec:diff", ["openapi.yaml", "openapi.yaml"]);
    expect(same).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("No changes (edited)."),
    });
    const rebuilt = await bundles(copy.dir);
    expect(rebuilt).toHaveLength(2);
    expect(rebuilt.filter((file) => built.includes(file))).toEqual([]);
  });
});
