import { describe, expect, it } from "vitest";
import { classifyChanges } from "../../../scripts/spec-diff/report.js";
import {
  baseRevision,
  EDITS,
  editDocument,
  OPERATION,
  revisionOf,
} from "../../fixtures/spec-diff/spec-edits.js";
import { changesAfter, expected, itReports, type Case } from "./rule-cases.js";

// One fixture per rule in rules/responses.ts, rules/security.ts and rules/api.ts, and for the
// reshaping in normalize.ts. Expectations follow from the caller's view of each edit.
const API_CASES: Record<string, Case> = {
  // responses.ts
  "a new success status with a different body is breaking": {
    edit: "addCreatedResponse",
    changes: [
      { message: "new response `201`", class: "breaking", reason: /`data` becomes a union/ },
    ],
  },
  "a new success status with the same body is safe": {
    edit: "addCreatedResponseWithTheSameBody",
    changes: [{ message: "new response `201`", class: "safe" }],
  },
  // This fixture said safe. But openapi-fetch types a body-less response's `data` as
  // `undefined`, so `data.name` after `if (error) return` stops compiling (TS18048).
  "a new success status without a body is breaking: `data` may now be `undefined`": {
    edit: "addNoContentResponse",
    changes: [
      { message: "new response `204`", class: "breaking", reason: /`data` may now be `undefined`/ },
    ],
  },
  "a new error status with a different body is breaking": {
    edit: "addNotFoundResponse",
    changes: [
      { message: "new response `404`", class: "breaking", reason: /`error` becomes a union/ },
    ],
  },
  // security.ts
  "a second scheme that callers must also send is breaking": {
    edit: "requireBearerToo",
    changes: [
      {
        message: "callers must now also send `Bearer` credentials together with `ApiKeyAuth`",
        class: "breaking",
        reason: /401/,
      },
      { message: "new security scheme `Bearer`", class: "safe" },
    ],
  },
  "an alternative security requirement is safe": {
    edit: "allowBearerInstead",
    changes: [
      { message: "new alternative security requirement: `Bearer`", class: "safe" },
      { message: "new security scheme `Bearer`", class: "safe" },
    ],
  },
  "a stricter default requirement is breaking for the operations that take the default": {
    edit: "requireBearerByDefault",
    changes: [
      { message: /^the operation no longer sets its own security requirements/, class: "breaking" },
      { message: /^by default, callers must now also send `Bearer`/, class: "breaking" },
      { message: "new security scheme `Bearer`", class: "safe" },
    ],
  },
  "a stricter default requirement that no operation takes is safe": {
    edit: "requireBearerByDefaultOnly",
    changes: [
      { message: /^by default, callers must now also send `Bearer`/, class: "safe" },
      { message: "new security scheme `Bearer`", class: "safe" },
    ],
  },
  "an operation that drops its own requirement for an equal default is safe": {
    edit: "dropOperationSecurityForTheSameDefault",
    changes: [{ message: /^the operation no longer sets its own security/, class: "safe" }],
  },
  // api.ts
  "a changed example is documentation": {
    edit: "changeExample",
    changes: [{ message: /of example `ModelInstanceChatCompletion` changed/, class: "safe" }],
  },
  "a renamed path parameter and path template are breaking": {
    edit: "renamePathParameter",
    changes: [
      { message: /^path template renamed to /, class: "breaking" },
      { message: "path parameter `model_group_id` renamed to `group_id`", class: "breaking" },
    ],
  },
  "a removed header is breaking": {
    edit: "removeHeader",
    changes: [{ message: "header `x-selected-account-id` removed", class: "breaking" }],
  },
  "a removed response header is breaking": {
    edit: "removeResponseHeader",
    changes: [
      { message: "response header `x-request-id` removed", class: "breaking", reason: /`null`/ },
    ],
  },
  "a new required request body is breaking": {
    from: "removeRequestBody",
    edit: "addRequiredRequestBody",
    changes: [{ message: "new required request body", class: "breaking" }],
  },
  "a change inside a schema that no operation uses needs review": {
    from: "addUnusedSchema",
    edit: "changeUnusedSchema",
    changes: [{ message: /of schema `Extra`/, class: "review" }],
  },
  "a security scheme reading another header is breaking": {
    edit: "renameApiKeyHeader",
    changes: [
      {
        message:
          "security scheme `ApiKeyAuth` now reads the API key from header `authorization` instead of `x-api-key`",
        class: "breaking",
      },
    ],
  },
  "a request body made required is breaking": {
    edit: "requireRequestBody",
    changes: [{ message: "request body is now required", class: "breaking" }],
  },
  "a changed operation id needs review": {
    edit: "changeOperationId",
    changes: [
      {
        message: "operation id changed from `addModelInstanceToModelGroup` to `addModelInstance`",
        class: "review",
      },
    ],
  },
  "a changed server URL needs review": {
    edit: "changeServerUrl",
    changes: [{ message: /^server URL changed/, class: "review" }],
  },
  "a new schema that no operation uses is safe": {
    edit: "addUnusedSchema",
    changes: [{ message: "new schema `Extra`", class: "safe" }],
  },
  // normalize.ts and the library's defaults
  "a document that loses `paths` removes every operation, which is breaking": {
    edit: "removePaths",
    changes: [{ message: `operation \`${OPERATION}\` removed`, class: "breaking" }],
  },
  "an empty `paths` removes every operation, which is breaking": {
    edit: "emptyPaths",
    changes: [{ message: `operation \`${OPERATION}\` removed`, class: "breaking" }],
  },
  "a new required header is breaking": {
    edit: "addRequiredHeader",
    changes: [{ message: "new required header `x-foo`", class: "breaking" }],
  },
  "a new optional header is safe": {
    edit: "addOptionalHeader",
    changes: [{ message: "new optional header `x-foo`", class: "safe" }],
  },
  "a deprecated operation needs review": {
    edit: "deprecateOperation",
    changes: [{ message: "operation deprecated", class: "review" }],
  },
};

describe("classifyChanges, API rules", () => {
  itReports(API_CASES);

  it("reports a response field that can no longer be null as safe", () => {
    const nullable = revisionOf(editDocument(EDITS.nullableResponseFieldByType), "nullable");
    expect(classifyChanges(nullable, baseRevision())).toEqual([
      expected({ message: "response field `model_card` is no longer `null`", class: "safe" }),
    ]);
  });

  it("reports a description-only change as documentation", () => {
    expect(changesAfter(EDITS.changeFieldDescription)).toEqual([
      expect.objectContaining({
        message: "description of response field `name` changed",
        class: "safe",
        isDocumentation: true,
      }),
    ]);
  });

  it.each([
    ["reordered response fields", EDITS.reorderResponseFields],
    ["reordered union members", EDITS.reorderResponseFieldTypes],
    ["a referenced schema written inline", EDITS.inlineReferencedSchema],
  ])("reports no change for %s", (_name, edit) => {
    expect(changesAfter(edit)).toEqual([]);
  });

  it("reports a change to a shared schema under the operation, not again under components", () => {
    const changes = changesAfter(EDITS.addResponseEnumValue);
    expect(changes.map((change) => change.operation)).toEqual([OPERATION]);
    expect(changes[0]?.where).toMatch(/\/responses\/200\/.*\/model_vendor\/enum\//);
  });

  it("reports a removed required field once, not once more for its `required` entry", () => {
    expect(changesAfter(EDITS.removeRequiredResponseField)).toHaveLength(1);
  });

  it("lists each operation's changes breaking first", () => {
    const changes = changesAfter((spec) => {
      EDITS.addOptionalHeader(spec);
      EDITS.addResponseEnumValue(spec);
      EDITS.removeRequiredResponseField(spec);
    });
    expect(changes.map((change) => change.class)).toEqual(["breaking", "review", "safe"]);
  });
});
