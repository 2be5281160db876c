import { describe, expect, it } from "vitest";
import { createSpecValidator, loadSpec } from "../helpers/spec.js";

const spec = loadSpec();
const validator = createSpecValidator(spec);
const operation = spec.paths["/v4/model-groups/{model_group_id}/models/{model_instance_id}"].post;

function resolveExample(example: { $ref?: string; value?: unknown }): unknown {
  if (!example.$ref) return example.value;
  const name = example.$ref.replace("#/components/examples/", "");
  return spec.components.examples[name].value;
}

type JsonObject = Record<string, unknown>;

const responseExamples = Object.entries(
  operation.responses as Record<string, { content: Record<string, { examples?: object }> }>,
).flatMap(([status, response]) =>
  Object.entries(response.content["application/json"]?.examples ?? {}).map(
    ([name, example]) => [status, name, resolveExample(example)] as const,
  ),
);

const chatCompletion = spec.components.examples.ModelInstanceChatCompletion.value as JsonObject;

/** Each schema whose optional properties may be null, with a valid value that sets them all. */
const NULLABLE_SCHEMAS: [string, JsonObject][] = [
  ["ModelInstance", chatCompletion],
  ["BaseModelMetadata", chatCompletion["base_model_metadata"] as JsonObject],
  [
    "ModelDetails",
    (chatCompletion["base_model_metadata"] as JsonObject)["modelDetails"] as JsonObject,
  ],
];

const nullabilityCases = NULLABLE_SCHEMAS.flatMap(([schema, value]) => {
  const { properties, required = [] } = spec.components.schemas[schema];
  return Object.keys(properties).map(
    (property) => [schema, property, required.includes(property) as boolean, value] as const,
  );
});

describe("openapi.yaml nullability", () => {
  it.each(nullabilityCases.filter(([, , isRequired]) => !isRequired))(
    "%s.%s, optional, may be null or absent",
    (schema, property, _isRequired, value) => {
      expect(validator.schema(schema, { ...value, [property]: null })).toEqual([]);
      const { [property]: _dropped, ...absent } = value;
      expect(validator.schema(schema, absent)).toEqual([]);
    },
  );

  it.each(nullabilityCases.filter(([, , isRequired]) => isRequired))(
    "%s.%s, required, is never null",
    (schema, property, _isRequired, value) => {
      expect(validator.schema(schema, { ...value, [property]: null })).not.toEqual([]);
    },
  );

  it("keeps the ten required ModelInstance fields the API always sends", () => {
    expect([...spec.components.schemas.ModelInstance.required].sort()).toEqual(
      [
        "id",
        "account_id",
        "created_at",
        "created_by_user_id",
        "deployment_count",
        "model_type",
        "name",
        "request_schema",
        "response_schema",
        "supports_multi_turn",
      ].sort(),
    );
  });

  it("allows null for an optional enum field, but no other value outside the enum", () => {
    const metadata = chatCompletion["base_model_metadata"] as JsonObject;
    expect(
      validator.schema("BaseModelMetadata", { ...metadata, ui_model_section_type: null }),
    ).toEqual([]);
    expect(
      validator.schema("BaseModelMetadata", { ...metadata, ui_model_section_type: "" }),
    ).not.toEqual([]);
  });
});

describe("openapi.yaml examples", () => {
  it("has an example for the 200, the 422 and the default response", () => {
    expect(new Set(responseExamples.map(([status]) => status))).toEqual(
      new Set(["200", "422", "default"]),
    );
  });

  it.each(responseExamples)(
    "%s example %s validates against its response schema",
    (status, _name, value) => {
      const code = status === "default" ? 599 : Number(status);
      expect(validator.response(code, value)).toEqual([]);
    },
  );

  it("has 200 examples that set every ModelInstance property, one with nulls as FastAPI sends", () => {
    const properties = Object.keys(spec.components.schemas.ModelInstance.properties).sort();
    const examples = responseExamples.filter(([status]) => status === "200");
    for (const [, , value] of examples)
      expect(Object.keys(value as object).sort()).toEqual(properties);
    expect(examples.some(([, , value]) => Object.values(value as object).includes(null))).toBe(
      true,
    );
  });

  it("rejects a ModelInstance with a wrong type, format or enum value", () => {
    const broken = {
      ...chatCompletion,
      created_at: "last Tuesday",
      deployment_count: 1.5,
      model_vendor: "ACME",
    };
    expect(validator.schema("ModelInstance", broken)).toEqual([
      "/model_vendor must be equal to one of the allowed values",
      "/model_vendor must be null",
      "/model_vendor must match a schema in anyOf",
      '/created_at must match format "date-time"',
      "/deployment_count must be integer",
    ]);
  });

  it("has a 422 example in pydantic v2's item shape, with input and ctx", () => {
    const [, , value] = responseExamples.find(([status]) => status === "422")!;
    const { detail } = value as { detail: JsonObject[] };
    expect(detail.length).toBeGreaterThan(0);
    for (const item of detail) {
      expect(Object.keys(item).sort()).toEqual(["ctx", "input", "loc", "msg", "type"]);
    }
  });

  it.each(Object.keys(spec.components.parameters as object))(
    "parameter %s has an example that fits its schema",
    (name) => {
      const example: unknown = spec.components.parameters[name].example;
      expect(example).toBeDefined();
      expect(validator.at(`/components/parameters/${name}/schema`, example)).toEqual([]);
      expect(validator.at(`/components/parameters/${name}/schema`, "")).not.toEqual([]);
    },
  );
});
