import { describe, expect, it } from "vitest";
import { SEED_GROUPS, SEED_INSTANCES } from "../../src/testing/seed.js";
import { createSpecValidator, loadSpec } from "../helpers/spec.js";

const specDocument = loadSpec();
const spec = createSpecValidator(specDocument);

type JsonObject = Record<string, unknown>;

/** The seeded objects of each schema whose optional fields may be absent or null. */
const OBJECTS_BY_SCHEMA: Record<string, JsonObject[]> = {
  ModelInstance: SEED_INSTANCES as unknown as JsonObject[],
  BaseModelMetadata: SEED_INSTANCES.flatMap((i) => i.base_model_metadata ?? []) as JsonObject[],
  ModelDetails: SEED_INSTANCES.flatMap(
    (i) => i.base_model_metadata?.modelDetails ?? [],
  ) as JsonObject[],
};

function optionalFields(schema: string): string[] {
  const { properties, required = [] } = specDocument.components.schemas[schema];
  return Object.keys(properties).filter((name) => !required.includes(name));
}

describe("the seed", () => {
  it("holds instances that conform to the ModelInstance schema", () => {
    expect(SEED_INSTANCES.length).toBeGreaterThanOrEqual(5);
    for (const instance of SEED_INSTANCES) {
      expect(spec.schema("ModelInstance", instance)).toEqual([]);
      expect(instance.id).toMatch(/^mi_/);
      expect(instance.created_at).toMatch(/Z$/);
    }
  });

  it("holds at least two groups, with mg_ ids, and unique ids throughout", () => {
    expect(SEED_GROUPS.length).toBeGreaterThanOrEqual(2);
    expect(SEED_GROUPS.every((group) => group.id.startsWith("mg_"))).toBe(true);
    const ids = [...SEED_GROUPS, ...SEED_INSTANCES].map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("starts with the demo pair, the ids openapi.yaml gives as its examples", () => {
    const { parameters } = specDocument.components;
    expect(SEED_GROUPS[0].id).toBe(parameters.ModelGroupId.example);
    expect(SEED_INSTANCES[0]?.id).toBe(parameters.ModelInstanceId.example);
  });

  it("covers the common model types and vendors, and model details", () => {
    expect(SEED_INSTANCES.map((instance) => instance.model_type)).toEqual(
      expect.arrayContaining(["CHAT_COMPLETION", "COMPLETION", "EMBEDDING", "RERANKING", "AGENT"]),
    );
    expect(SEED_INSTANCES.map((instance) => instance.model_vendor)).toEqual(
      expect.arrayContaining(["OPENAI", "ANTHROPIC", "COHERE", "VERTEX_AI", "LLMENGINE"]),
    );
    expect(OBJECTS_BY_SCHEMA["ModelDetails"]?.length).toBeGreaterThan(0);
  });

  it("puts no instance in a group yet", () => {
    for (const instance of SEED_INSTANCES) expect(instance.model_group_id ?? null).toBeNull();
  });

  it.each(Object.keys(OBJECTS_BY_SCHEMA))(
    "has %s objects whose optional fields are set, absent and null",
    (schema) => {
      const objects = OBJECTS_BY_SCHEMA[schema] ?? [];
      const forms = new Set(
        objects.flatMap((object) =>
          optionalFields(schema).map((field) =>
            !(field in object) ? "absent" : object[field] === null ? "null" : "set",
          ),
        ),
      );
      expect([...forms].sort()).toEqual(["absent", "null", "set"]);
    },
  );
});
