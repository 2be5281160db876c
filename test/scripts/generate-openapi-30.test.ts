import { describe, expect, it } from "vitest";
import { convertSchema, isOpenAPI30, toOpenAPI31 } from "../../scripts/shared/openapi-30.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("convertSchema", () => {
  it("adds null to a nullable schema's type", () => {
    expect(convertSchema({ type: "string", nullable: true })).toEqual({
      type: ["string", "null"],
    });
  });

  it("adds null to a nullable enum, once", () => {
    expect(convertSchema({ type: "string", enum: ["a", "b"], nullable: true })).toEqual({
      type: ["string", "null"],
      enum: ["a", "b", null],
    });
    expect(convertSchema({ type: "string", enum: ["a", null], nullable: true })).toEqual({
      type: ["string", "null"],
      enum: ["a", null],
    });
  });

  it("turns a nullable $ref or allOf into anyOf with null, keeping its description outside", () => {
    expect(convertSchema({ ...ref("User"), nullable: true, description: "Who" })).toEqual({
      description: "Who",
      anyOf: [ref("User"), { type: "null" }],
    });
    expect(convertSchema({ allOf: [ref("User")], nullable: true })).toEqual({
      anyOf: [{ allOf: [ref("User")] }, { type: "null" }],
    });
  });

  it("drops nullable: false and leaves a schema without nullable alone", () => {
    expect(convertSchema({ type: "integer", nullable: false })).toEqual({ type: "integer" });
    expect(convertSchema({ type: "integer", minimum: 1 })).toEqual({ type: "integer", minimum: 1 });
  });

  it("turns boolean exclusive bounds into numbers", () => {
    expect(
      convertSchema({ type: "number", minimum: 0, exclusiveMinimum: true, maximum: 9 }),
    ).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 9 });
    expect(convertSchema({ maximum: 10, exclusiveMaximum: true })).toEqual({
      exclusiveMaximum: 10,
    });
    expect(convertSchema({ minimum: 0, exclusiveMinimum: false })).toEqual({ minimum: 0 });
    expect(convertSchema({ exclusiveMinimum: true })).toEqual({});
  });

  it("turns a schema's example into examples, keeping examples it already has", () => {
    expect(convertSchema({ type: "string", example: "x" })).toEqual({
      type: "string",
      examples: ["x"],
    });
    expect(convertSchema({ example: "x", examples: ["y"] })).toEqual({ examples: ["y"] });
  });

  it("converts the schemas inside a schema, wherever JSON Schema puts them", () => {
    const nullableString = { type: "string", nullable: true };
    const converted = { type: ["string", "null"] };
    expect(
      convertSchema({
        type: "object",
        properties: { a: nullableString },
        additionalProperties: nullableString,
        items: nullableString,
        allOf: [nullableString],
        oneOf: [nullableString],
        anyOf: [nullableString],
        not: nullableString,
      }),
    ).toEqual({
      type: "object",
      properties: { a: converted },
      additionalProperties: converted,
      items: converted,
      allOf: [converted],
      oneOf: [converted],
      anyOf: [converted],
      not: converted,
    });
  });

  it("leaves data alone: an enum value, a default or an example that looks like a schema", () => {
    const schema = {
      type: "object",
      default: { nullable: true, type: "string" },
      enum: [{ nullable: true }],
      example: { exclusiveMinimum: true, minimum: 1 },
    };
    expect(convertSchema(schema)).toEqual({
      type: "object",
      default: { nullable: true, type: "string" },
      enum: [{ nullable: true }],
      examples: [{ exclusiveMinimum: true, minimum: 1 }],
    });
  });
});

describe("toOpenAPI31", () => {
  const document = {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/users/{id}": {
        parameters: [
          {
            name: "id",
            in: "path",
            schema: { type: "integer", minimum: 1, exclusiveMinimum: true },
            example: 2,
          },
        ],
        get: {
          responses: {
            "200": {
              description: "ok",
              headers: { schema: { schema: { type: "string", nullable: true } } },
              content: {
                "application/json": {
                  schema: { ...ref("User"), nullable: true },
                  example: { name: null },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        User: { type: "object", properties: { name: { type: "string", nullable: true } } },
      },
      parameters: { Q: { name: "q", in: "query", schema: { type: "string", example: "x" } } },
      "x-internal": { schema: { nullable: true } },
    },
  };

  it("says 3.1.0 and converts the schemas of components, parameters, headers and bodies", () => {
    const converted = toOpenAPI31(document) as typeof document & Record<string, any>;
    expect(converted.openapi).toBe("3.1.0");
    expect(converted.components.schemas.User.properties.name).toEqual({ type: ["string", "null"] });
    expect(converted.components.parameters.Q.schema).toEqual({ type: "string", examples: ["x"] });
    const item = converted.paths["/users/{id}"];
    expect(item.parameters[0]).toEqual({
      name: "id",
      in: "path",
      schema: { type: "integer", exclusiveMinimum: 1 },
      example: 2, // a Parameter Object's `example` is still 3.1
    });
    const ok = item.get.responses["200"];
    expect(ok.headers.schema.schema).toEqual({ type: ["string", "null"] });
    expect(ok.content["application/json"]).toEqual({
      schema: { anyOf: [ref("User"), { type: "null" }] },
      example: { name: null },
    });
  });

  it("leaves extensions alone and does not change its input", () => {
    const copy = structuredClone(document);
    const converted = toOpenAPI31(document) as Record<string, any>;
    expect(converted["components"]["x-internal"]).toEqual({ schema: { nullable: true } });
    expect(document).toEqual(copy);
  });

  it("returns a 3.1 document as it is", () => {
    const document31 = { openapi: "3.1.0", components: { schemas: { A: { nullable: true } } } };
    expect(toOpenAPI31(document31)).toBe(document31);
    expect(isOpenAPI30(document31)).toBe(false);
  });

  it("refuses a document that is neither 3.0 nor 3.1, quoting its version safely", () => {
    expect(() => toOpenAPI31({ swagger: "2.0" })).toThrow(
      /^openapi is "undefined"; only OpenAPI 3\.0\.x and 3\.1\.x documents are read$/,
    );
    expect(() => toOpenAPI31({ openapi: "3.0\u001b[2J" })).toThrow(/"3\.0\\u001b\[2J"/);
  });
});

describe("toOpenAPI31 on keys named __proto__", () => {
  it("copies them as keys, without changing any object's prototype", () => {
    const document = JSON.parse(`{
      "openapi": "3.0.3",
      "paths": { "__proto__": { "get": { "responses": {} } } },
      "components": { "schemas": { "__proto__": {
        "type": "object",
        "properties": { "__proto__": { "type": "string", "nullable": true } }
      } } }
    }`);
    const converted = toOpenAPI31(document) as Record<string, any>;
    expect(Object.hasOwn(converted["paths"], "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(converted["paths"])).toBe(Object.prototype);
    const schema = Object.getOwnPropertyDescriptor(converted["components"]["schemas"], "__proto__")
      ?.value as Record<string, any>;
    expect(Object.getOwnPropertyDescriptor(schema["properties"], "__proto__")?.value).toEqual({
      type: ["string", "null"],
    });
  });
});
