import type { ModelInstance } from "../types.js";
import { SEED_ACCOUNT_ID, SEED_GROUPS, SEED_INSTANCES, SEED_USER_ID } from "./seed.js";
import type { ModelGroup, ModelGroupInput, SeededIds } from "./types.js";

interface StoredGroup extends ModelGroup {
  accountId: string;
}

/** Why adding an instance to a group failed. */
export type AddToGroupFailure = "group-not-found" | "instance-not-found";

// A fixed time keeps added instances, like the seed, identical from run to run.
const ADDED_CREATED_AT = "2024-12-01T12:00:00Z";
// The request and response schemas of an added instance whose model type no example has.
const ANY_OBJECT = { type: "object", additionalProperties: true };

function requireId(id: string | undefined, argument: string): void {
  if (id !== undefined && (typeof id !== "string" || id === "")) {
    throw new TypeError(`${argument} must be a non-empty string when given`);
  }
}

// Drops explicit `undefined`s, so that they cannot erase a default of a required field.
function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

/** The model groups and model instances of one test server; every read returns a copy. */
export class ModelStore {
  readonly #groups = new Map<string, StoredGroup>();
  readonly #instances = new Map<string, ModelInstance>();
  #addedGroups = 0;
  #addedInstances = 0;
  /** The ids of the seeded data. */
  readonly seeded: SeededIds;

  constructor(seed: boolean) {
    if (seed) {
      for (const group of SEED_GROUPS)
        this.#groups.set(group.id, { ...group, accountId: SEED_ACCOUNT_ID });
      for (const instance of SEED_INSTANCES)
        this.#instances.set(instance.id, structuredClone(instance));
    }
    this.seeded = Object.freeze({
      modelGroupIds: Object.freeze([...this.#groups.keys()]),
      modelInstanceIds: Object.freeze([...this.#instances.keys()]),
    });
  }

  /** Adds or replaces a model group. */
  addGroup(input: ModelGroupInput = {}): ModelGroup {
    requireId(input.id, "group.id");
    this.#addedGroups += 1;
    const serial = String(this.#addedGroups).padStart(4, "0");
    const id = input.id ?? this.#freshId("mg_added_", serial, this.#groups);
    const name = input.name ?? `test-group-${serial}`;
    this.#groups.set(id, { id, name, accountId: input.accountId ?? SEED_ACCOUNT_ID });
    return { id, name };
  }

  /**
   * Adds or replaces a model instance, filling a default for every required field. The model
   * type, its request and response schemas and `supports_multi_turn` come from openapi.yaml's
   * first ModelInstance example of the given model type (of any type when none is given), so
   * that no enum value is spelled here.
   */
  addInstance(input: Partial<ModelInstance> = {}): ModelInstance {
    requireId(input.id, "instance.id");
    const given = definedFields(input);
    const template =
      given.model_type === undefined
        ? SEED_INSTANCES[0]
        : SEED_INSTANCES.find((seeded) => seeded.model_type === given.model_type);
    const modelType = given.model_type ?? template?.model_type;
    if (modelType === undefined) {
      throw new TypeError(
        "instance.model_type is required: openapi.yaml has no ModelInstance example to take one from",
      );
    }
    this.#addedInstances += 1;
    const serial = String(this.#addedInstances).padStart(4, "0");
    const instance: ModelInstance = {
      id: this.#freshId("mi_added_", serial, this.#instances),
      name: `test-model-${serial}`,
      model_type: modelType,
      account_id: SEED_ACCOUNT_ID,
      created_by_user_id: SEED_USER_ID,
      created_at: ADDED_CREATED_AT,
      deployment_count: 0,
      supports_multi_turn: template?.supports_multi_turn ?? false,
      request_schema: structuredClone(template?.request_schema ?? ANY_OBJECT),
      response_schema: structuredClone(template?.response_schema ?? ANY_OBJECT),
      ...structuredClone(given),
    };
    this.#instances.set(instance.id, instance);
    return structuredClone(instance);
  }

  /** A copy of the model instance `id`, or `undefined`. */
  getInstance(id: string): ModelInstance | undefined {
    const instance = this.#instances.get(id);
    return instance && structuredClone(instance);
  }

  /** Puts the instance in the group (again, idempotently) and returns a copy of it. */
  addToGroup(groupId: string, instanceId: string): ModelInstance | AddToGroupFailure {
    if (!this.#groups.has(groupId)) return "group-not-found";
    const instance = this.#instances.get(instanceId);
    if (!instance) return "instance-not-found";
    instance.model_group_id = groupId;
    return structuredClone(instance);
  }

  #freshId(prefix: string, serial: string, taken: Map<string, unknown>): string {
    let id = `${prefix}${serial}`;
    for (let retry = 1; taken.has(id); retry += 1) id = `${prefix}${serial}_${retry}`;
    return id;
  }
}
