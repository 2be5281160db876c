/**
 * The proof that renaming an enum value, a breaking change, costs an edit of openapi.yaml, a
 * regenerated generated/, and edits only where code names the old value: never the stand-in,
 * its seed, or the tests that follow the spec. CONTRIBUTING.md's breaking change, on a copy.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  copyForSpecChange,
  describeRun,
  SCHEMA_CHANGE_TESTS,
  type SpecChange,
} from "../helpers/spec-change.js";

// A ModelType value the demo instance has: the rename reaches the seed and every answer.
const OLD = "CHAT_COMPLETION";
const NEW = "CHAT";
const WORD = new RegExp(`(?<![A-Za-z0-9_])${OLD}(?![A-Za-z0-9_])`, "g");

/** Code that follows the spec, which must never need an edit for a renamed value. */
const FOLLOWS_THE_SPEC = [
  /^src\/testing\//,
  /^test\/testing\//,
  /^test\/unit\/(types|nullable)\.test-d\.ts$/,
  /^test\/helpers\/spec\.ts$/,
  /^test\/scripts\/(spec-examples|types-follow-spec)\.test\.ts$/,
];

/** The files under `dir` of the copy, relative to it; test/fixtures are other specs' copies. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith("test/fixtures/"));
}

describe(`renaming the enum value ${OLD}`, { timeout: 300_000 }, () => {
  let change: SpecChange;
  beforeAll(async () => {
    change = await copyForSpecChange();
  });
  afterAll(async () => {
    await change?.copy.remove();
  });

  it("needs edits only in openapi.yaml and where code names the value", async () => {
    const root = change.copy.dir;
    await change.edit("openapi.yaml", (spec) => spec.replace(WORD, NEW));

    const code = (
      await Promise.all(["src", "test", "scripts"].map((dir) => filesUnder(root, dir)))
    ).flat();
    const namers = [];
    for (const path of code) {
      if (WORD.test(await readFile(join(root, path), "utf8"))) namers.push(path);
      WORD.lastIndex = 0;
    }
    expect(namers.filter((path) => FOLLOWS_THE_SPEC.some((rule) => rule.test(path)))).toEqual([]);
    for (const path of namers) await change.edit(path, (text) => text.replace(WORD, NEW));

    const generated = await change.generate();
    expect(generated.code, describeRun(generated)).toBe(0);
    const schema = await change.read("generated/schema.d.ts");
    expect(schema).toContain(`"${NEW}"`);
    expect(schema).not.toMatch(WORD);
    expect(await change.read("generated/stand-in.ts")).toContain(`model_type: "${NEW}"`);

    // Two processes that only read the copy: both at once.
    const [typecheck, tests] = await Promise.all([
      change.typecheck(),
      change.test(SCHEMA_CHANGE_TESTS),
    ]);
    expect(typecheck.code, describeRun(typecheck)).toBe(0);
    expect(tests.code, describeRun(tests)).toBe(0);
    expect(tests.stdout).toMatch(new RegExp(`Test Files\\s+${SCHEMA_CHANGE_TESTS.length} passed`));
  });
});
