import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "../../scripts/shared/openapi.js";
import { createSpecValidator, loadSpec, type SpecOperation } from "../helpers/spec.js";

const spec = loadSpec();
const validator = createSpecValidator(spec);

type JsonObject = Record<string, any>;

const SCHEMA_REF = "#/components/schemas/";
const nameOf = (ref: unknown): string | undefined =>
  typeof ref === "string" && ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined;

function resolveExample(example: { $ref?: string; value?: unknown }): unknown {
  if (!example.$ref) return example.value;
  const name = example.$ref.replace("#/components/examples/", "");
  return spec.components.examples[name].value;
}

/** Every operation of openapi.yaml, as `METHOD /path`, with its responses. */
const operations = Object.entries(spec.paths as JsonObject).flatMap(([path, item]) =>
  HTTP_METHODS.filter((method) => method in item).map((method) => ({
    operation: { method: method.toUpperCase(), path } satisfies SpecOperation,
    responses: item[method].responses as JsonObject,
  })),
);

/** Every response with a JSON body: its operation, status, schema name and examples. */
const jsonResponses = operations.flatMap(({ operation, responses }) =>
  Object.entries(responses).flatMap(([status, response]) => {
    const media = response.content?.["application/json"];
    if (media === undefined) return [];
    const examples = Object.entries((media.examples ?? {}) as JsonObject).map(
      ([name, example]) => ({ name, value: resolveExample(example) }),
    );
    const what = `${operation.method} ${operation.path} ${status}`;
    return [{ operation, status, what, schema: nameOf(media.schema?.$ref), examples }];
  }),
);

const responseExamples = jsonResponses.flatMap((response) =>
  response.examples.map(
    (example) => [`${response.what} ${example.name}`, response, example.value] as const,
  ),
);

/** The examples of each named schema, from every response that returns it. */
const examplesOf = (schema: string): JsonObject[] =>
  jsonResponses
    .filter((r) => r.schema === schema)
    .flatMap((r) => r.examples.map((e) => e.value as JsonObject));

/** `name` and every object schema it references, each once: ModelInstance's nested objects. */
function objectSchemasUnder(name: string, seen = new Set<string>()): Set<string> {
  const schema = spec.components.schemas[name];
  if (seen.has(name) || schema === undefined) return seen;
  if (schema.properties) seen.add(name);
  const refs = JSON.stringify(schema).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g);
  for (const [, ref] of refs) objectSchemasUnder(ref!, seen);
  return seen;
}

// SGP declares these `Optional[...] = None`: every optional field may be null (sgp-api-facts).
const nullabilityCases = [...objectSchemasUnder("ModelInstance")].flatMap((schema) => {
  const { properties, required = [] } = spec.components.schemas[schema];
  return Object.keys(properties).map(
    (property) => [schema, property, required.includes(property) as boolean] as const,
  );
});

describe("openapi.yaml nullability", () => {
  it.each(nullabilityCases.filter(([, , isRequired]) => !isRequired))(
    "%s.%s, optional, may be null",
    (schema, property) => {
      expect(validator.at(`/components/schemas/${schema}/properties/${property}`, null)).toEqual(
        [],
      );
    },
  );

  it.each(nullabilityCases.filter(([, , isRequired]) => isRequired))(
    "%s.%s, required, is never null",
    (schema, property) => {
      const pointer = `/components/schemas/${schema}/properties/${property}`;
      expect(validator.at(pointer, null)).not.toEqual([]);
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
});

describe("openapi.yaml examples", () => {
  it.each(jsonResponses.map((response) => [response.what, response] as const))(
    "%s has an example",
    (_what, response) => {
      expect(response.examples.length).toBeGreaterThan(0);
    },
  );

  it.each(responseExamples)(
    "%s validates against its response schema",
    (_what, response, value) => {
      const status = Number(response.status.replace(/XX$/i, "00")) || 599;
      expect(validator.response(response.operation, status, value)).toEqual([]);
    },
  );

  // FastAPI sends every field of a response model, `null` when unset: an example lists them all.
  it.each(responseExamples.filter(([, response]) => response.schema !== undefined))(
    "%s lists every property of its schema",
    (_what, response, value) => {
      const { properties = {} } = spec.components.schemas[response.schema!];
      const missing = Object.keys(properties).filter(
        (property) => !(property in (value as object)),
      );
      expect(missing, "properties the example lacks").toEqual([]);
    },
  );

  it("has ModelInstance examples, one with its unset fields null as FastAPI sends them", () => {
    const examples = examplesOf("ModelInstance");
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.some((value) => Object.values(value).includes(null))).toBe(true);
  });

  it("rejects a ModelInstance with a wrong type, format or enum value", () => {
    const [instance] = examplesOf("ModelInstance");
    const broken = {
      ...instance,
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

  it("has 422 examples in pydantic v2's item shape, with input and ctx", () => {
    const examples = jsonResponses.filter((r) => r.status === "422").flatMap((r) => r.examples);
    expect(examples.length).toBeGreaterThan(0);
    for (const { value } of examples) {
      const { detail } = value as { detail: JsonObject[] };
      expect(detail.length).toBeGreaterThan(0);
      for (const item of detail) {
        expect(Object.keys(item).sort()).toEqual(["ctx", "input", "loc", "msg", "type"]);
      }
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
