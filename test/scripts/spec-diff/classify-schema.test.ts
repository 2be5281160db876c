import { describe } from "vitest";
import { itReports, type Case } from "./rule-cases.js";

// One fixture per rule in rules/values.ts, rules/limits.ts and rules/fields.ts, named after what
// the rule decides. Expectations follow from the caller's view of each edit, not from a run.
const SCHEMA_CASES: Record<string, Case> = {
  // values.ts
  "a response field that may now be null, by `type`, is breaking for code that assumed its type": {
    edit: "nullableResponseFieldByType",
    changes: [
      {
        message: "response field `model_card` may now be `null`",
        class: "breaking",
        reason: /^breaking for code that assumed `string`/,
      },
    ],
  },
  "a response field that may now be null, by `anyOf` with a `$ref`, is breaking and names the schema":
    {
      edit: "nullableResponseFieldByAnyOf",
      changes: [
        {
          message: "response field `model_vendor` may now be `null`",
          class: "breaking",
          reason: /^breaking for code that assumed `ModelVendor`/,
        },
        { message: "description of response field `model_vendor` added", class: "safe" },
      ],
    },
  "a nullable `anyOf` wrapper does not hide changes inside the referenced schema": {
    edit: "nullableResponseObjectAndItsFields",
    changes: [
      { message: "response field `base_model_metadata` may now be `null`", class: "breaking" },
      {
        message: "response field `base_model_metadata.model_developer` may now be `null`",
        class: "breaking",
      },
      { message: "description of response field `base_model_metadata` changed", class: "safe" },
    ],
  },
  "a response field made nullable the OpenAPI 3.0 way is breaking too": {
    from: "useOpenAPI30",
    edit: "nullableInOpenAPI30",
    changes: [{ message: "response field `model_card` may now be `null`", class: "breaking" }],
  },
  "a request field that now accepts null is safe": {
    edit: "widenRequestFieldToNull",
    changes: [{ message: "request field `priority` now accepts `null`", class: "safe" }],
  },
  "a request field widened from integer to number is safe": {
    edit: "widenRequestFieldToNumber",
    changes: [{ message: /^type of request field `priority` changed/, class: "safe" }],
  },
  "a request field changed from integer to string is breaking": {
    edit: "narrowRequestFieldToString",
    changes: [{ message: /^type of request field `priority` changed/, class: "breaking" }],
  },
  "a response field changed from integer to string is breaking": {
    edit: "changeResponseFieldType",
    changes: [
      {
        message: "type of response field `deployment_count` changed from `integer` to `string`",
        class: "breaking",
        reason: /no longer compiles/,
      },
    ],
  },
  "a response field widened from integer to number needs review, and says it still compiles": {
    edit: "widenResponseFieldToNumber",
    changes: [
      {
        message: "type of response field `deployment_count` changed from `integer` to `number`",
        class: "review",
        reason:
          /^compiles \(both are `number` in TypeScript\), but the value may now have a fraction/,
      },
    ],
  },
  "a new value in a response enum needs review": {
    edit: "addResponseEnumValue",
    changes: [{ message: "response field `model_vendor` may now be `MISTRAL`", class: "review" }],
  },
  // This fixture said safe: callers never receive the value again. But the generated union
  // loses it, and TypeScript refuses `case "BEDROCK":` on it (TS2678), so code stops compiling.
  "a value removed from a response enum is breaking: code that names it no longer compiles": {
    edit: "removeResponseEnumValue",
    changes: [
      {
        message: "response field `model_vendor` is no longer `BEDROCK`",
        class: "breaking",
        reason: /callers no longer receive `BEDROCK`, but code that names it/,
      },
    ],
  },
  "the last value of a response enum renamed is breaking": {
    edit: "renameLastResponseEnumValue",
    changes: [
      {
        message: /`OTHER` .*`UNKNOWN`/,
        class: "breaking",
        reason: /`OTHER`.*no longer compiles/,
      },
    ],
  },
  "a value in the middle of a response enum renamed is breaking": {
    edit: "renameMiddleResponseEnumValue",
    changes: [{ message: /`VERTEX_AI` .*`VERTEX`/, class: "breaking" }],
  },
  "a response enum that drops one value and adds another is breaking": {
    edit: "swapResponseEnumValueForAnother",
    changes: [{ message: /`GOOGLE`.*`MISTRAL`/, class: "breaking" }],
  },
  "a new value in a request enum is safe": {
    edit: "addRequestEnumValue",
    changes: [{ message: "request field `placement` now accepts `PREPEND`", class: "safe" }],
  },
  "a value removed from a request enum is breaking": {
    edit: "removeRequestEnumValue",
    changes: [
      { message: "request field `placement` no longer accepts `REPLACE`", class: "breaking" },
    ],
  },
  "a value renamed in a request enum is breaking": {
    edit: "renameRequestEnumValue",
    changes: [{ message: /`REPLACE` .*`OVERWRITE`/, class: "breaking" }],
  },
  "a response enum turned into a plain string needs review, and the removed schema's type is breaking":
    {
      edit: "enumToPlainString",
      changes: [
        {
          message: /^response field `model_vendor` is no longer limited to `OPENAI`, /,
          class: "review",
        },
        { message: "title of response field `model_vendor` removed", class: "safe" },
        { message: "schema `ModelVendor` removed", class: "breaking" },
      ],
    },
  // limits.ts
  "a response format changed from date-time to date needs review": {
    edit: "changeResponseDateFormat",
    changes: [
      {
        message: /^`format` of response field `created_at` changed from `date-time` to `date`/,
        class: "review",
        reason: /parses it as `date-time` now gets `date`/,
      },
    ],
  },
  "a response format dropped needs review": {
    edit: "dropResponseDateFormat",
    changes: [{ message: /^`format` of response field `created_at` removed/, class: "review" }],
  },
  "a shorter limit on a request field is breaking": {
    edit: "shortenRequestLimit",
    changes: [{ message: /^`maxLength` of request field `note` changed/, class: "breaking" }],
  },
  "a longer limit on a request field is safe": {
    edit: "lengthenRequestLimit",
    changes: [{ message: /^`maxLength` of request field `note` changed/, class: "safe" }],
  },
  "a new limit on a response field is safe": {
    edit: "limitResponseField",
    changes: [{ message: /^`maxLength` of response field `name` added/, class: "safe" }],
  },
  "a new format on a request field is breaking": {
    edit: "addRequestFormat",
    changes: [{ message: /^`format` of request field `note` added/, class: "breaking" }],
  },
  // This fixture said review. But openapi-typescript marks a field of a component schema that
  // has a `default` as always present, so calls that leave it out stop compiling (TS2322).
  "a new default on a request field of a shared schema is breaking: the field turns required": {
    edit: "changeRequestDefault",
    changes: [
      {
        message: /^`default` of request field `priority` added/,
        class: "breaking",
        reason: /marks a field with a `default` as always present/,
      },
    ],
  },
  "a changed request default needs review: calls that leave it out get another value": {
    from: "changeRequestDefault",
    edit: "changeRequestDefaultValue",
    changes: [{ message: /^`default` of request field `priority` changed/, class: "review" }],
  },
  "a new default on a header needs review, and changes no generated type": {
    edit: "addHeaderDefault",
    changes: [{ message: /^`default` of header `x-selected-account-id` added/, class: "review" }],
  },
  // fields.ts
  "a schema written differently with the same meaning is safe": {
    from: "nullableResponseFieldByType",
    edit: "reorderNullableType",
    changes: [
      {
        message:
          "response field `model_card` is written differently, with the same values and types",
        class: "safe",
      },
    ],
  },
  "a removed response field is breaking, though the library calls an optional one non-breaking": {
    edit: "removeRequiredResponseField",
    changes: [{ message: "response field `account_id` removed", class: "breaking" }],
  },
  "a new optional response field is safe": {
    edit: "addOptionalResponseField",
    changes: [{ message: "new optional response field `nickname`", class: "safe" }],
  },
  "a response field that may now be absent is breaking": {
    edit: "makeResponseFieldOptional",
    changes: [{ message: "response field `name` may now be absent", class: "breaking" }],
  },
  "a response field now always present is safe": {
    edit: "makeResponseFieldRequired",
    changes: [{ message: "response field `model_card` is now always present", class: "safe" }],
  },
  "a removed request field is breaking": {
    edit: "removeRequestField",
    changes: [{ message: "request field `note` removed", class: "breaking" }],
  },
  "a new required request field is breaking": {
    edit: "addRequiredRequestField",
    changes: [{ message: "new required request field `tag`", class: "breaking" }],
  },
  "a new optional request field is safe": {
    edit: "addOptionalRequestField",
    changes: [{ message: "new optional request field `tag`", class: "safe" }],
  },
  "a request field made required is breaking": {
    edit: "makeRequestFieldRequired",
    changes: [{ message: "request field `note` is now required", class: "breaking" }],
  },
  "a new variant in a response union is breaking": {
    edit: "addResponseVariant",
    changes: [{ message: /^`default` response field `detail` may now also be/, class: "breaking" }],
  },
  "a variant removed from a response union is safe": {
    edit: "removeResponseVariant",
    changes: [
      { message: "`default` response field `detail` can no longer be `array`", class: "safe" },
    ],
  },
};

describe("classifyChanges, schema rules", () => {
  itReports(SCHEMA_CASES);
});
