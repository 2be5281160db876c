import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRevision } from "../../scripts/lib/spec-diff-load.js";
import { buildSpecDiffReport, type SpecChange } from "../../scripts/lib/spec-diff-report.js";
import {
  BASE_SPEC,
  editSpec,
  OPERATION,
  OPERATION_PATH,
} from "../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";

// A parsed YAML document; the edits below reach into it by name.
type Spec = Record<string, any>;

async function changesBetween(baseText: string, headText: string): Promise<SpecChange[]> {
  const report = await buildSpecDiffReport(
    parseRevision(baseText, "`base`"),
    parseRevision(headText, "`head`"),
    join(PROJECT_ROOT, "openapi.yaml"),
  );
  return report.changes;
}

const changesAfter = (edit: (spec: Spec) => void): Promise<SpecChange[]> =>
  changesBetween(BASE_SPEC, editSpec(edit));

const nullableModelCard = (spec: Spec): void => {
  spec.components.schemas.ModelInstance.properties.model_card.type = ["string", "null"];
};

describe("classifyForCallers, through the report", () => {
  it("calls a response field that may now be null breaking, though the library calls it non-breaking", async () => {
    expect(await changesAfter(nullableModelCard)).toEqual([
      expect.objectContaining({
        message: "type of response field `model_card` changed from `string` to `string | null`",
        class: "breaking",
      }),
    ]);
  });

  it("calls a response field that can no longer be null safe", async () => {
    expect(await changesBetween(editSpec(nullableModelCard), BASE_SPEC)).toEqual([
      expect.objectContaining({
        message: "type of response field `model_card` changed from `string | null` to `string`",
        class: "safe",
      }),
    ]);
  });

  it("calls a removed optional response field breaking, though the library calls it non-breaking", async () => {
    const changes = await changesAfter((spec) => {
      delete spec.components.schemas.ModelInstance.properties.training_data_card;
    });
    expect(changes).toEqual([
      expect.objectContaining({
        message: "response field `training_data_card` removed",
        class: "breaking",
      }),
    ]);
  });

  it("calls a new required request body breaking", async () => {
    const changes = await changesAfter((spec) => {
      spec.paths[OPERATION_PATH].post.requestBody = {
        required: true,
        content: { "application/json": { schema: { type: "object" } } },
      };
    });
    expect(changes).toEqual([
      expect.objectContaining({ message: "new required request body", class: "breaking" }),
    ]);
  });

  it("calls an enum turned into a plain string review, and the removed schema's type breaking", async () => {
    const changes = await changesAfter((spec) => {
      spec.components.schemas.ModelInstance.properties.model_vendor = { type: "string" };
      delete spec.components.schemas.ModelVendor;
    });
    expect(changes).toContainEqual(
      expect.objectContaining({
        operation: OPERATION,
        message: expect.stringMatching(
          /^response field `model_vendor` is no longer limited to `OPENAI`, /,
        ),
        class: "review",
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        operation: null,
        message: "schema `ModelVendor` removed",
        class: "breaking",
      }),
    );
  });

  it("calls a changed operation id review", async () => {
    const changes = await changesAfter((spec) => {
      spec.paths[OPERATION_PATH].post.operationId = "addModelInstance";
    });
    expect(changes).toEqual([
      expect.objectContaining({
        message: "operation id changed from `addModelInstanceToModelGroup` to `addModelInstance`",
        class: "review",
      }),
    ]);
  });

  it("calls a changed server URL review", async () => {
    const changes = await changesAfter((spec) => {
      spec.servers[0].url = "https://api.example.com";
    });
    expect(changes).toEqual([
      expect.objectContaining({
        operation: null,
        message: expect.stringMatching(/^server URL changed/),
        class: "review",
      }),
    ]);
  });

  it("calls a changed example documentation, though the library leaves it unclassified", async () => {
    const changes = await changesAfter((spec) => {
      spec.components.examples.ModelInstanceChatCompletion.value.deployment_count = 3;
    });
    expect(changes).toEqual([expect.objectContaining({ class: "safe", isDocumentation: true })]);
  });

  it("calls a new schema that no operation uses safe", async () => {
    const changes = await changesAfter((spec) => {
      spec.components.schemas.Extra = { type: "object" };
    });
    expect(changes).toEqual([
      expect.objectContaining({ operation: null, message: "new schema `Extra`", class: "safe" }),
    ]);
  });
});
