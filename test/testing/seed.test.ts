import { describe, expect, it } from "vitest";
import { SEED_GROUPS, SEED_INSTANCES } from "../../src/testing/seed.js";
import { createSpecValidator, loadSpec } from "../helpers/spec.js";

const specDocument = loadSpec();
const spec = createSpecValidator(specDocument);
const MODEL_INSTANCE_REF = "#/components/schemas/ModelInstance";

type JsonObject = Record<string, any>;

/**
 * The names of the `components.examples` that openapi.yaml's responses give with a
 * ModelInstance body, in the order `components.examples` lists them: read here from the spec
 * itself, not from the generated module the seed comes from.
 */
function modelInstanceExampleNames(): string[] {
  const referenced = new Set<string>();
  const operations = Object.values(specDocument.paths as JsonObject).flatMap((item) =>
    Object.values(item as JsonObject),
  );
  for (const operation of operations) {
    for (const response of Object.values((operation.responses ?? {}) as JsonObject)) {
      for (const media of Object.values((response.content ?? {}) as JsonObject)) {
        if (media.schema?.$ref !== MODEL_INSTANCE_REF) continue;
        for (const example of Object.values((media.examples ?? {}) as JsonObject)) {
          if (typeof example.$ref === "string") referenced.add(example.$ref.split("/").at(-1));
        }
      }
    }
  }
  return Object.keys(specDocument.components.examples).filter((name) => referenced.has(name));
}

describe("the seed", () => {
  it("holds openapi.yaml's ModelInstance examples, in its order", () => {
    const names = modelInstanceExampleNames();
    expect(names.length).toBeGreaterThan(0);
    expect(SEED_INSTANCES).toEqual(
      names.map((name) => specDocument.components.examples[name].value),
    );
    for (const instance of SEED_INSTANCES) {
      expect(spec.schema("ModelInstance", instance)).toEqual([]);
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

  it("has instances whose optional fields are set in one and null in another", () => {
    const { properties, required } = specDocument.components.schemas.ModelInstance;
    const optional = Object.keys(properties).filter((field) => !required.includes(field));
    const forms = new Set(
      SEED_INSTANCES.flatMap((instance: JsonObject) =>
        optional.map((field) =>
          !(field in instance) ? "absent" : instance[field] === null ? "null" : "set",
        ),
      ),
    );
    expect(forms).toContain("set");
    expect(forms).toContain("null");
  });
});
