/**
 * Component names that are not TypeScript identifiers, as FastAPI with pydantic v2
 * (`ModelInstance-Input`) and Rebilly (`AstroPay-CardInstrument`) write them: spec:diff loads,
 * compares, generates and compiles such documents end to end, with the generator's mapping
 * (scripts/shared/type-names.ts).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SpecDiffError } from "../../../scripts/spec-diff/error.js";
import { checkRevisions } from "../../../scripts/spec-diff/load.js";
import { buildSpecDiffReport, type SpecDiffReport } from "../../../scripts/spec-diff/report.js";
import {
  baseRevision,
  editDocument,
  revisionOf,
  schema,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

/** `spec` with the schemas of `renames` under their new names, and every `$ref` to them too. */
function renamed(spec: Spec, renames: Record<string, string>): Spec {
  const schemas = Object.entries(spec.components.schemas as Spec).map(([name, value]) => [
    renames[name] ?? name,
    value,
  ]);
  let text = JSON.stringify({
    ...spec,
    components: { ...spec.components, schemas: Object.fromEntries(schemas) },
  });
  for (const [from, to] of Object.entries(renames)) {
    text = text.replaceAll(`"#/components/schemas/${from}"`, `"#/components/schemas/${to}"`);
  }
  return JSON.parse(text) as Spec;
}

const NAMES = {
  ModelInstance: "ModelInstance-Input",
  ModelVendor: "AstroPay-CardInstrument",
  BaseModelMetadata: "network-policies",
};

async function reportOf(base: Spec, head: Spec): Promise<SpecDiffReport> {
  const checked = await checkRevisions(
    revisionOf(base, "base.json"),
    revisionOf(head, "head.json"),
  );
  return buildSpecDiffReport(checked.base, checked.head, join(PROJECT_ROOT, "openapi.yaml"));
}

describe("spec:diff on component names that are not identifiers", () => {
  it("compares, generates and compiles them under the generator's type names", async () => {
    const base = renamed(baseRevision().document, NAMES);
    const head = editDocument((spec: Spec) => {
      delete schema(spec, "ModelInstance-Input").properties.training_data_card;
      schema(spec, "AstroPay-CardInstrument").enum.push("MISTRAL");
    }, base);
    const report = await reportOf(base, head);
    expect(report.changes.map((change) => [change.class, change.message, change.compiler])).toEqual(
      [
        ["breaking", "response field `training_data_card` removed", "breaking"],
        ["review", "response field `model_vendor` may now be `MISTRAL`", "widened"],
      ],
    );
    expect(report.typescript.diff).toMatch(/^@@ ModelInstanceInput @@$/m);
    expect(report.typescript.diff).toMatch(/^@@ AstroPayCardInstrument @@$/m);
    expect(report.typescript.diff).toMatch(/^\+ {2}\| "MISTRAL";$/m);
  });

  it("refuses, in one line, two names the generator would give one type name", async () => {
    const base = renamed(baseRevision().document, NAMES);
    const head = editDocument((spec: Spec) => {
      spec.components.schemas["ModelInstanceInput"] = { type: "string" };
    }, base);
    const error: unknown = await reportOf(base, head).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecDiffError);
    expect((error as Error).message).toMatch(
      /^spec:diff: openapi\.yaml at `head\.json` could not be turned into types: .*"ModelInstance-Input" and "ModelInstanceInput" would both be the TypeScript type ModelInstanceInput; rename one/,
    );
  });
});
