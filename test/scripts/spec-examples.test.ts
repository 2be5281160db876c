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

const responseExamples = Object.entries(
  operation.responses as Record<string, { content: Record<string, { examples?: object }> }>,
).flatMap(([status, response]) =>
  Object.entries(response.content["application/json"]?.examples ?? {}).map(
    ([name, example]) => [status, name, resolveExample(example)] as const,
  ),
);

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

  it("has a 200 example that sets every ModelInstance property, so each one is checked", () => {
    const [, , value] = responseExamples.find(([status]) => status === "200")!;
    const properties = Object.keys(spec.components.schemas.ModelInstance.properties);
    expect(Object.keys(value as object).sort()).toEqual(properties.sort());
  });

  it("rejects a ModelInstance with a wrong type, format or enum value", () => {
    const [, , value] = responseExamples.find(([status]) => status === "200")!;
    const broken = {
      ...(value as object),
      created_at: "last Tuesday",
      deployment_count: 1.5,
      model_vendor: "ACME",
    };
    expect(validator.schema("ModelInstance", broken)).toEqual([
      "/model_vendor must be equal to one of the allowed values",
      '/created_at must match format "date-time"',
      "/deployment_count must be integer",
    ]);
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
