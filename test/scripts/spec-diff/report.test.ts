import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSpecDiffReport, type SpecDiffReport } from "../../../scripts/spec-diff/report.js";
import {
  baseRevision,
  EDITS,
  headRevision,
  OPERATION,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

function reportAfter(edit: (spec: Spec) => void): Promise<SpecDiffReport> {
  return buildSpecDiffReport(
    baseRevision(),
    headRevision(edit),
    join(PROJECT_ROOT, "openapi.yaml"),
  );
}

/** The `-` or `+` lines of the TypeScript diff, trimmed, without the `---`/`+++` header. */
function changedLines(report: SpecDiffReport, sign: "-" | "+"): string[] {
  return report.typescript.diff
    .split("\n")
    .filter((line) => line.startsWith(sign) && !line.startsWith(sign.repeat(3)))
    .map((line) => line.slice(1).trim());
}

// The generator's layout may change (named declarations, comments); these assertions rely only
// on its conventions: optional fields get `?`, integers become `number`, null becomes `| null`.
describe("buildSpecDiffReport", () => {
  it("counts the changes by class and shows the generated declaration they add", async () => {
    const report = await reportAfter(EDITS.addOptionalResponseField);
    expect(report.summary).toEqual({ breaking: 0, review: 0, safe: 1 });
    expect(report.changes).toEqual([
      expect.objectContaining({ operation: OPERATION, class: "safe" }),
    ]);
    expect(changedLines(report, "+")).toContain("nickname?: string;");
    expect(changedLines(report, "-")).toEqual([]);
  });

  it("shows the declaration a removed field loses", async () => {
    const report = await reportAfter(EDITS.removeRequiredResponseField);
    expect(report.summary).toEqual({ breaking: 1, review: 0, safe: 0 });
    expect(changedLines(report, "-")).toContain("account_id: string;");
  });

  it("shows `| null` in the declaration of a field that may now be null", async () => {
    const report = await reportAfter(EDITS.nullableResponseFieldByType);
    expect(report.summary.breaking).toBe(1);
    expect(changedLines(report, "+")).toContainEqual(
      expect.stringMatching(/^model_card\?: string \| null;$/),
    );
  });

  it("agrees with the generated types when integer becomes number: identical types, review", async () => {
    const report = await reportAfter(EDITS.widenResponseFieldToNumber);
    expect(report.typescript).toMatchObject({ isChanged: false, diff: "" });
    expect(report.changes).toEqual([
      expect.objectContaining({ class: "review", reason: expect.stringMatching(/^compiles/) }),
    ]);
  });

  it("finds no change in reordered fields, and says the types differ only in order", async () => {
    const report = await reportAfter(EDITS.reorderResponseFields);
    expect(report.changes).toEqual([]);
    expect(report.typescript).toMatchObject({ isChanged: true, isOrderOnly: true });
  });

  it("does not call a real type change a reordering", async () => {
    const report = await reportAfter(EDITS.changeResponseFieldType);
    expect(report.typescript).toMatchObject({ isChanged: true, isOrderOnly: false });
  });

  it("finds no changes and identical types between identical specs", async () => {
    const report = await buildSpecDiffReport(baseRevision(), baseRevision(), PROJECT_ROOT);
    expect(report.changes).toEqual([]);
    expect(report.summary).toEqual({ breaking: 0, review: 0, safe: 0 });
    expect(report.typescript.isChanged).toBe(false);
  });
});
