import { describe, expect, it } from "vitest";
import { SEED_INSTANCES } from "../../src/testing/seed.js";
import { ModelStore } from "../../src/testing/store.js";
import type { ModelInstance, ModelType } from "../../src/types.js";
import { createSpecValidator, loadSpec } from "../helpers/spec.js";

const specDocument = loadSpec();
const spec = createSpecValidator(specDocument);
const MODEL_TYPES: ModelType[] = specDocument.components.schemas.ModelType.enum;

describe("ModelStore", () => {
  it("holds the same seeded data in every store, and none with seed off", () => {
    const first = new ModelStore(true);
    const second = new ModelStore(true);
    expect(second.seeded).toEqual(first.seeded);
    const [instanceId] = first.seeded.modelInstanceIds;
    expect(instanceId).toBeDefined();
    expect(second.getInstance(instanceId!)).toEqual(first.getInstance(instanceId!));
    const empty = new ModelStore(false);
    expect(empty.seeded).toEqual({ modelGroupIds: [], modelInstanceIds: [] });
    expect(empty.getInstance(instanceId!)).toBeUndefined();
  });

  it("adds groups with given or generated ids and returns copies", () => {
    const store = new ModelStore(false);
    const generated = store.addGroup();
    expect(generated).toEqual({ id: expect.stringMatching(/^mg_/), name: expect.any(String) });
    const named = store.addGroup({ id: "mg_custom", name: "custom", accountId: "acct_x" });
    expect(named).toEqual({ id: "mg_custom", name: "custom" });
    named.id = "mg_mutated";
    const { id } = store.addInstance();
    expect(store.addToGroup("mg_custom", id)).toMatchObject({ model_group_id: "mg_custom" });
    expect(store.addToGroup("mg_mutated", id)).toBe("group-not-found");
    expect(store.addToGroup(generated.id, id)).toMatchObject({ model_group_id: generated.id });
  });

  it("finds the group before the instance when adding one to the other", () => {
    const store = new ModelStore(false);
    const group = store.addGroup();
    expect(store.addToGroup("mg_missing", "mi_missing")).toBe("group-not-found");
    expect(store.addToGroup(group.id, "mi_missing")).toBe("instance-not-found");
  });

  it.each(MODEL_TYPES)(
    "fills a default for every required field of a %s instance, as openapi.yaml's examples do",
    (model_type) => {
      const instance = new ModelStore(false).addInstance({ model_type });
      expect(spec.schema("ModelInstance", instance)).toEqual([]);
      expect(instance.id).toMatch(/^mi_/);
      expect(instance.model_type).toBe(model_type);
      const example = SEED_INSTANCES.find((seeded) => seeded.model_type === model_type);
      if (example) {
        expect(instance).toMatchObject({
          request_schema: example.request_schema,
          response_schema: example.response_schema,
          supports_multi_turn: example.supports_multi_turn,
        });
      }
    },
  );

  it("fills a conforming instance of the demo instance's model type when given nothing", () => {
    const instance = new ModelStore(false).addInstance();
    expect(spec.schema("ModelInstance", instance)).toEqual([]);
    expect(instance.model_type).toBe(SEED_INSTANCES[0]?.model_type);
  });

  it("keeps given fields and nulls, and ignores explicit undefined ones", () => {
    const store = new ModelStore(false);
    const [vendor] = specDocument.components.schemas.ModelVendor.enum;
    const instance = store.addInstance({
      id: "mi_given",
      name: "my-model",
      model_vendor: vendor,
      deployment_count: 7,
      description: null,
      base_model_metadata: { modelDetails: null },
      display_name: undefined,
      created_at: undefined,
    } as unknown as Partial<ModelInstance>);
    expect(instance).toMatchObject({
      id: "mi_given",
      name: "my-model",
      model_vendor: vendor,
      deployment_count: 7,
      description: null,
      base_model_metadata: { modelDetails: null },
    });
    expect("display_name" in instance).toBe(false);
    expect(instance.created_at).toMatch(/Z$/);
    expect(spec.schema("ModelInstance", instance)).toEqual([]);
  });

  it("stores enum values it does not know, as a newer API might send them", () => {
    const store = new ModelStore(false);
    const future = store.addInstance({
      model_type: "VISION" as ModelType,
      model_vendor: "MISTRAL" as never,
    });
    expect(store.getInstance(future.id)).toMatchObject({
      model_type: "VISION",
      model_vendor: "MISTRAL",
      request_schema: { type: "object" },
      response_schema: { type: "object" },
    });
  });

  it("returns copies that do not change the store when mutated", () => {
    const store = new ModelStore(false);
    const added = store.addInstance({ id: "mi_copy", name: "original" });
    added.name = "changed";
    added.request_schema["type"] = "array";
    const read = store.getInstance("mi_copy");
    expect(read?.name).toBe("original");
    expect(read?.request_schema["type"]).toBe("object");
    if (read) read.name = "changed again";
    const grouped = store.addToGroup(store.addGroup().id, "mi_copy");
    if (typeof grouped !== "string") grouped.name = "changed by the caller";
    expect(store.getInstance("mi_copy")?.name).toBe("original");
    expect(store.getInstance("mi_unknown")).toBeUndefined();
  });

  it("replaces an entity added again with the same id, and never reuses a taken id", () => {
    const store = new ModelStore(false);
    store.addInstance({ id: "mi_added_0002", name: "first" });
    expect(store.addInstance({ id: "mi_added_0002", name: "second" }).name).toBe("second");
    expect(store.getInstance("mi_added_0002")?.name).toBe("second");
    store.addGroup({ id: "mg_added_0001" });
    expect(store.addGroup().id).not.toBe("mg_added_0001");
    expect(store.addInstance().id).not.toBe("mi_added_0002");
  });

  it("throws on an empty id, naming the argument", () => {
    const store = new ModelStore(true);
    expect(() => store.addGroup({ id: "" })).toThrow(/group\.id/);
    expect(() => store.addInstance({ id: "" })).toThrow(/instance\.id/);
  });
});
