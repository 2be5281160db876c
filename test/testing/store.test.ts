import { describe, expect, it } from "vitest";
import { ModelStore } from "../../src/testing/store.js";
import type { ModelInstance, ModelType } from "../../src/types.js";
import { createSpecValidator } from "../helpers/spec.js";

const spec = createSpecValidator();

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

  it.each<ModelType>([
    "CHAT_COMPLETION",
    "COMPLETION",
    "EMBEDDING",
    "RERANKING",
    "AGENT",
    "GENERIC",
  ])("fills realistic defaults for every required field of a %s instance", (model_type) => {
    const instance = new ModelStore(false).addInstance({ model_type });
    expect(spec.schema("ModelInstance", instance)).toEqual([]);
    expect(instance.id).toMatch(/^mi_/);
    expect(instance.model_type).toBe(model_type);
  });

  it("fills a conforming instance when given nothing", () => {
    expect(spec.schema("ModelInstance", new ModelStore(false).addInstance())).toEqual([]);
  });

  it("keeps given fields and nulls, and ignores explicit undefined ones", () => {
    const store = new ModelStore(false);
    const instance = store.addInstance({
      id: "mi_given",
      name: "my-model",
      model_vendor: "BEDROCK",
      deployment_count: 7,
      description: null,
      base_model_metadata: { modelDetails: null },
      display_name: undefined,
      created_at: undefined,
    } as unknown as Partial<ModelInstance>);
    expect(instance).toMatchObject({
      id: "mi_given",
      name: "my-model",
      model_vendor: "BEDROCK",
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
