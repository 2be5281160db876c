import { describe, expect, it } from "vitest";
import { isTypeless, TYPELESS_KEYWORDS } from "../../../scripts/spec-diff/keywords.js";
import { generatePair } from "../../../scripts/spec-diff/typescript.js";
import {
  editDocument,
  revisionOf,
  schema,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";

// A value for each keyword the rules treat as invisible in the generated types, and the kind of
// field it is set on.
const SAMPLES: Record<string, { value: unknown; on: "string" | "array" | "object" }> = {
  format: { value: "date-time", on: "string" },
  pattern: { value: "^a", on: "string" },
  minLength: { value: 1, on: "string" },
  maxLength: { value: 5, on: "string" },
  minimum: { value: 1, on: "string" },
  maximum: { value: 9, on: "string" },
  exclusiveMinimum: { value: 0, on: "string" },
  exclusiveMaximum: { value: 10, on: "string" },
  multipleOf: { value: 2, on: "string" },
  minItems: { value: 1, on: "array" },
  maxItems: { value: 3, on: "array" },
  uniqueItems: { value: true, on: "array" },
  minProperties: { value: 1, on: "object" },
  maxProperties: { value: 3, on: "object" },
  contains: { value: { const: "x" }, on: "array" },
  minContains: { value: 1, on: "array" },
  maxContains: { value: 2, on: "array" },
  propertyNames: { value: { pattern: "^a" }, on: "object" },
  dependentRequired: { value: { a: ["b"] }, on: "object" },
  dependentSchemas: { value: { a: { required: ["b"] } }, on: "object" },
  unevaluatedProperties: { value: false, on: "object" },
  not: { value: { const: "x" }, on: "string" },
  if: { value: { const: "x" }, on: "string" },
  then: { value: { maxLength: 3 }, on: "string" },
  else: { value: { minLength: 1 }, on: "string" },
  contentEncoding: { value: "base64", on: "string" },
  contentMediaType: { value: "image/png", on: "string" },
  contentSchema: { value: { type: "object" }, on: "string" },
  readOnly: { value: true, on: "string" },
  writeOnly: { value: true, on: "string" },
  deprecated: { value: true, on: "string" },
  xml: { value: { name: "x" }, on: "string" },
  "x-extensible-enum": { value: ["A", "B"], on: "string" },
  description: { value: "A field.", on: "string" },
  title: { value: "Field", on: "string" },
  examples: { value: ["a"], on: "string" },
  example: { value: "a", on: "string" },
  $comment: { value: "a comment", on: "string" },
  "x-internal": { value: true, on: "string" },
};

const FIELDS = {
  string: { type: "string" },
  array: { type: "array", items: { type: "string" } },
  object: { type: "object", properties: { a: { type: "string" }, b: { type: "string" } } },
};

/** The fixture spec with one response field per keyword, each with the keyword if `isSet`. */
function withFields(isSet: boolean): Spec {
  return editDocument((spec) => {
    const { properties } = schema(spec, "ModelInstance");
    for (const [keyword, { value, on }] of Object.entries(SAMPLES)) {
      properties[`with_${keyword.replace(/\W/g, "_")}`] = {
        ...structuredClone(FIELDS[on]),
        ...(isSet ? { [keyword]: structuredClone(value) } : {}),
      };
    }
  });
}

/** Declarations without what only documents them: comments, and `readonly`. */
const typesOnly = (declarations: string): string[] =>
  declarations
    .replace(/\/\*\*[\s\S]*?\*\//g, "")
    .replace(/\breadonly /g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

describe("keywords the generated types do not show", () => {
  it("has a sample for every one, so that none goes unchecked", () => {
    for (const keyword of TYPELESS_KEYWORDS) expect(SAMPLES, keyword).toHaveProperty([keyword]);
    for (const keyword of Object.keys(SAMPLES)) expect(isTypeless(keyword), keyword).toBe(true);
  });

  it("leave the generated types as they were, but for comments", async () => {
    const base = revisionOf(withFields(false), "without");
    const head = revisionOf(withFields(true), "with");
    const { before, after } = await generatePair(base, head);
    expect(before).not.toBe(after);
    expect(typesOnly(after)).toEqual(typesOnly(before));
  });
});
