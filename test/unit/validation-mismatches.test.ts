import { describe, expect, it } from "vitest";
import type { OperationResponses, ValidatorError } from "../../generated/validators.js";
import { bodyFor, checkBody } from "../../src/validation/check.js";
import { toMismatches } from "../../src/validation/mismatches.js";
import { describeFormat, describeValue, labelOf } from "../../src/validation/words.js";

/** An ajv error as the generated validators report it, for rules openapi.yaml has none of yet. */
function error(
  keyword: string,
  data: unknown,
  params: Record<string, unknown> = {},
): ValidatorError {
  return {
    instancePath: "/field",
    schemaPath: `#/${keyword}`,
    keyword,
    params,
    data,
    message: "must be so",
  };
}

const messagesOf = (errors: ValidatorError[]) =>
  toMismatches(errors).map(({ pointer, message }) => ({ pointer, message }));

describe("toMismatches", () => {
  it("lists the allowed values of an enum that has no name", () => {
    expect(messagesOf([error("enum", "c", { allowedValues: ["a", "b"] })])).toEqual([
      { pointer: "/field", message: `"c" is not one of openapi.yaml's values: "a", "b"` },
    ]);
  });

  it("names the one value a const allows", () => {
    expect(messagesOf([error("const", 2, { allowedValue: 1 })])).toEqual([
      { pointer: "/field", message: "2 is not 1, the only value openapi.yaml allows" },
    ]);
  });

  it("words any other rule with ajv's own message", () => {
    expect(messagesOf([error("minLength", "", { limit: 1 })])).toEqual([
      { pointer: "/field", message: `"" does not match openapi.yaml: must be so` },
    ]);
  });

  it("says when a value matches more than one oneOf alternative", () => {
    expect(messagesOf([error("oneOf", 1, { passingSchemas: [0, 1] })])).toEqual([
      { pointer: "/field", message: "1 matches more than one of openapi.yaml's alternatives" },
    ]);
  });

  it("says when a value matches no anyOf alternative and no branch explains why", () => {
    expect(messagesOf([error("anyOf", 1)])).toEqual([
      { pointer: "/field", message: "1 matches none of openapi.yaml's alternatives" },
    ]);
  });

  it("keeps the errors before an anyOf that are elsewhere in the body", () => {
    const elsewhere = { ...error("type", 1, { type: "string" }), instancePath: "/other" };
    const branch = error("type", 1, { type: "string" });
    expect(messagesOf([elsewhere, branch, error("anyOf", 1)]).map((m) => m.pointer)).toEqual([
      "/other",
      "/field",
    ]);
  });
});

describe("bodyFor", () => {
  const validate = Object.assign(() => true, { errors: null });
  const operation: OperationResponses = {
    method: "get",
    path: "/things",
    responses: {
      200: { validate, validateFirst: validate },
      "4XX": { name: "Problem", validate, validateFirst: validate },
      204: null,
    },
  };

  it("falls back to the status class, and says when nothing is documented", () => {
    expect(bodyFor(operation, 404)?.name).toBe("Problem");
    expect(bodyFor(operation, 204)).toBeNull();
    expect(bodyFor(operation, 500)).toBeUndefined();
  });

  it("describes a body whose schema has no name without one", () => {
    expect(checkBody(operation.responses[200]!, "").mismatches[0]?.message).toBe(
      "empty, but openapi.yaml documents a body as JSON",
    );
  });
});

describe("the words of a mismatch", () => {
  it("cut a long string, and name containers and absence", () => {
    expect(describeValue("x".repeat(70))).toBe(JSON.stringify(`${"x".repeat(60)}…`));
    expect([describeValue({}), describeValue(undefined), describeValue(false)]).toEqual([
      "an object",
      "nothing",
      "false",
    ]);
  });

  it("name a format without its own words", () => {
    expect(describeFormat("uri")).toBe("a valid uri");
  });

  it("label keys that are not identifiers with brackets", () => {
    expect(labelOf("/detail/0/a~1b/c d")).toBe(`detail[0]["a/b"]["c d"]`);
  });
});
