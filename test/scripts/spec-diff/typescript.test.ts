import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleChanges } from "../../../scripts/spec-diff/report.js";
import { touchedBy } from "../../../scripts/spec-diff/subset.js";
import {
  diffGenerated,
  generatePair,
  isReordering,
} from "../../../scripts/spec-diff/typescript.js";
import {
  addOperations,
  editDocument,
  revisionOf,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

const PRETTIER_CONFIG_PATH = join(PROJECT_ROOT, "openapi.yaml");

describe("isReordering", () => {
  it("is true for the same members in another order", () => {
    const before = "interface A {\n  a: string;\n  b?: number;\n}\n";
    const after = "interface A {\n  b?: number;\n  a: string;\n}\n";
    expect(isReordering(before, after)).toBe(true);
  });

  it("is true for the members of a union reordered, on one line or several", () => {
    expect(isReordering('type V = "A" | "B";', 'type V = "B" | "A";')).toBe(true);
    expect(isReordering('type V =\n  | "A"\n  | "B";', 'type V =\n  | "B"\n  | "A";')).toBe(true);
  });

  it("is false when a member changes, appears or goes", () => {
    expect(isReordering("a: string;", "a: number;")).toBe(false);
    expect(isReordering("a: string;", "a: string;\nb: string;")).toBe(false);
    expect(isReordering("a: string;\nb: number;", "a: number;\nb: string;")).toBe(false);
  });
});

describe("generatePair", () => {
  /** The `+` and `-` lines of a diff, without its header. */
  const changedLines = (diff: string): string[] =>
    diff.split("\n").filter((line) => /^[-+](?![-+]{2} )/.test(line));

  it("generates only what the changes touch, and shows the same changed lines", async () => {
    const base = revisionOf(editDocument(addOperations(5)), "base");
    const edited: Spec = structuredClone(base.document);
    edited.paths["/v4/things-3/{thing_id}"].get.parameters[0].schema.type = "integer";
    const head = revisionOf(edited, "head");
    const touched = touchedBy(ruleChanges(base, head).map(({ diff }) => diff));
    expect([...touched.paths]).toEqual(["/v4/things-3/{thing_id}"]);
    const [whole, part] = await Promise.all([
      generatePair(base, head),
      generatePair(base, head, touched),
    ]);
    expect(part.after.length).toBeLessThan(whole.after.length / 2);
    const [wholeDiff, partDiff] = await Promise.all([
      diffGenerated(base, head, whole, PRETTIER_CONFIG_PATH),
      diffGenerated(base, head, part, PRETTIER_CONFIG_PATH),
    ]);
    expect(changedLines(partDiff.diff)).toEqual(changedLines(wholeDiff.diff));
    expect(changedLines(partDiff.diff)).toContainEqual(expect.stringMatching(/thing_id: number;/));
  });
});

describe("diffGenerated", () => {
  const base = revisionOf(editDocument(addOperations(1)), "base");
  const head = revisionOf(base.document, "head");
  const diff = (before: string, after: string): ReturnType<typeof diffGenerated> =>
    diffGenerated(base, head, { before, after }, PRETTIER_CONFIG_PATH);

  it("says the types differ only in order, without a diff, when only lines moved", async () => {
    const before =
      "export interface A {\n    a: string;\n    b: number;\n}\nexport type B = string;\n";
    const after =
      "export type B = string;\nexport interface A {\n    b: number;\n    a: string;\n}\n";
    const impact = await diff(before, after);
    expect(impact).toMatchObject({ isChanged: true, isOrderOnly: true });
    expect(impact.diff).not.toMatch(/^@@/m);
  });

  it("shows a field moved from one declaration to another, which is not a reordering", async () => {
    const before = "export interface A {\n    a: string;\n}\nexport interface B {\n}\n";
    const after = "export interface A {\n}\nexport interface B {\n    a: string;\n}\n";
    const impact = await diff(before, after);
    expect(impact.isOrderOnly).toBe(false);
    expect(impact.diff).toMatch(/^@@ A @@\n(.*\n)*-\s+a: string;/m);
    expect(impact.diff).toMatch(/^@@ B @@\n(.*\n)*\+\s+a: string;/m);
  });
});
