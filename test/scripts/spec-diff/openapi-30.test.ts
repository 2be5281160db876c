/**
 * OpenAPI 3.0 input: spec:diff converts a 3.0 document to 3.1 once it is validated
 * (scripts/shared/openapi-30.ts), and compares it as 3.1, as another team's spec would come.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toOpenAPI31 } from "../../../scripts/shared/openapi-30.js";
import { checkRevisions, type Revision } from "../../../scripts/spec-diff/load.js";
import { renderJson, type SpecDiffJson } from "../../../scripts/spec-diff/render/json.js";
import { renderMarkdown } from "../../../scripts/spec-diff/render/markdown.js";
import { buildSpecDiffReport, type SpecDiffReport } from "../../../scripts/spec-diff/report.js";
import {
  editDocument,
  field,
  OPERATION,
  revisionOf,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

/** The fixture spec as OpenAPI 3.0, with a lower bound and an example written the 3.0 way. */
const BASE_30 = editDocument((spec: Spec) => {
  spec.openapi = "3.0.3";
  field(spec, "AddOptions", "priority").minimum = 0;
  field(spec, "ModelInstance", "name").example = "gpt-4o";
});

/** The report from `base` to `head`, loaded as the command line loads them. */
async function reportOf(base: Revision, head: Revision): Promise<SpecDiffReport> {
  const checked = await checkRevisions(base, head);
  return buildSpecDiffReport(checked.base, checked.head, join(PROJECT_ROOT, "openapi.yaml"));
}

const rows = (report: SpecDiffReport): string[] =>
  report.changes.map((change) => `${change.class}: ${change.message}`);

describe("spec:diff on OpenAPI 3.0 documents", () => {
  it("reads nullable, a boolean exclusiveMinimum and example as 3.1 writes them", async () => {
    const head = editDocument((spec: Spec) => {
      field(spec, "ModelInstance", "model_card").nullable = true;
      field(spec, "AddOptions", "priority").exclusiveMinimum = true;
      field(spec, "ModelInstance", "name").example = "gpt-4o-mini";
    }, BASE_30);
    const report = await reportOf(revisionOf(BASE_30, "base.yaml"), revisionOf(head, "head.yaml"));
    expect(report.changes.every((change) => change.operation === OPERATION)).toBe(true);
    expect(rows(report)).toEqual([
      // `exclusiveMinimum: true` beside `minimum: 0` is 3.1's `exclusiveMinimum: 0`.
      "breaking: `exclusiveMinimum` of request field `priority` added: `0`",
      "breaking: response field `model_card` may now be `null`",
      "safe: `minimum` of request field `priority` removed (was `0`)",
      "safe: example of response field `name` changed",
    ]);
    expect(report.typescript.diff).toContain("+  model_card?: string | null;");
    const json = JSON.parse(renderJson(report)) as SpecDiffJson;
    expect(json.convertedFrom).toEqual({ base: "3.0.3", head: "3.0.3" });
    expect(renderMarkdown(report)).toContain(
      "Both revisions are OpenAPI `3.0.3`; spec:diff compares OpenAPI 3.1, so it reads `nullable`",
    );
  });

  it("finds no change between a 3.0 document and its 3.1 conversion", async () => {
    const head31 = toOpenAPI31(BASE_30);
    expect(JSON.stringify(head31)).toContain('"examples":["gpt-4o"]');
    const report = await reportOf(
      revisionOf(BASE_30, "v3.0.yaml"),
      revisionOf(head31, "v3.1.json"),
    );
    expect(report.changes).toEqual([]);
    expect(report.typescript.isChanged).toBe(false);
    expect(report.convertedFrom).toEqual({ base: "3.0.3", head: null });
    expect(renderMarkdown(report)).toContain(
      "`v3.0.yaml` is OpenAPI `3.0.3`; spec:diff compares OpenAPI 3.1",
    );
  });

  it("validates a 3.0 document as 3.0 before converting it", async () => {
    const typo = editDocument((spec: Spec) => {
      field(spec, "ModelInstance", "model_card").nullable = "yes";
    }, BASE_30);
    await expect(
      checkRevisions(revisionOf(BASE_30, "base.yaml"), revisionOf(typo, "typo.yaml")),
    ).rejects.toThrow(
      /^spec:diff: openapi\.yaml at `typo\.yaml` is not a valid OpenAPI 3\.0\.3 document: .*nullable/,
    );
  });
});
