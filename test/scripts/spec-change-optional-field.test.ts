/**
 * The proof that adding an optional response field costs an edit of openapi.yaml (the field and
 * its examples) and a regenerated generated/, and no edit of code or tests: CONTRIBUTING.md's
 * first change, step by step, on a copy of the project.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  copyForSpecChange,
  describeRun,
  SCHEMA_CHANGE_TESTS,
  type SpecChange,
} from "../helpers/spec-change.js";

const FIELD = [
  "        last_deployed_at:",
  '          type: [string, "null"]',
  "          format: date-time",
  "          description: When the model instance was last deployed, if ever.",
  "",
].join("\n");

/** Adds the field after `supports_multi_turn`, the last property of ModelInstance. */
const addProperty = (spec: string): string =>
  spec.replace(
    /(\n {8}supports_multi_turn:\n {10}type: boolean\n {10}description: .*\n)/,
    `$1${FIELD}`,
  );

/** Sets the field in every ModelInstance example: a date in the first, null in the others. */
const addToExamples = (spec: string): string => {
  let count = 0;
  return spec.replace(/(\n {8}supports_multi_turn: (?:true|false)\n)/g, (line) => {
    count += 1;
    const value = count === 1 ? '"2024-10-01T09:30:00Z"' : "null";
    return `${line}        last_deployed_at: ${value}\n`;
  });
};

describe("adding an optional response field", { timeout: 300_000 }, () => {
  let change: SpecChange;
  beforeAll(async () => {
    change = await copyForSpecChange();
  });
  afterAll(async () => {
    await change?.copy.remove();
  });

  it("needs openapi.yaml and generated/ only: generate, typecheck and the tests pass", async () => {
    await change.edit("openapi.yaml", (spec) => addToExamples(addProperty(spec)));

    const generated = await change.generate();
    expect(generated.code, describeRun(generated)).toBe(0);
    expect(await change.read("generated/schema.d.ts")).toMatch(
      /\n\s+last_deployed_at\?: string \| null;\n/,
    );
    // The stand-in's seed and example answers carry the field, with no edit of src/testing.
    const standIn = await change.read("generated/stand-in.ts");
    expect(standIn).toContain('last_deployed_at: "2024-10-01T09:30:00Z"');
    expect(standIn).toContain("last_deployed_at: null");

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
