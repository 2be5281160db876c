/** The `modelGroups` resource: `client.modelGroups.models.create(groupId, instanceId)`. */
import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { ResourceContext } from "../internal/resource-context.js";
import type { ModelInstance } from "../types.js";

const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

/** `client.modelGroups.models`. */
export class Models {
  readonly #client: ResourceContext;

  /** @internal */
  constructor(client: ResourceContext) {
    this.#client = client;
  }

  /**
   * Adds a model instance to a model group and returns the model instance.
   *
   * @param modelGroupId The model group's id; any non-empty string but `.` and `..`.
   * @param modelInstanceId The model instance's id; any non-empty string but `.` and `..`.
   * @throws {SGPClientError} an id or option is invalid (before anything is sent).
   * @throws {APIError} the API answered with an error status (a subclass per status), or a
   *   success body that is not a JSON object.
   * @throws {APIConnectionError} no response after every retry; `APIConnectionTimeoutError` when
   *   the attempts timed out.
   * @throws {APIUserAbortError} `options.signal` aborted.
   * @example
   * const instance = await client.modelGroups.models.create(
   *   "mg_01hq2r6m3x8v9c4b7n5k2j1h0g",
   *   "mi_01hq2r8f5w3t7y6u1i9o0p2a4s",
   * );
   */
  create(
    modelGroupId: string,
    modelInstanceId: string,
    options?: RequestOptions,
  ): APIPromise<ModelInstance> {
    const path = { model_group_id: modelGroupId, model_instance_id: modelInstanceId };
    return this.#client.post(PATH, { params: { path } }, options);
  }
}

/** `client.modelGroups`. */
export class ModelGroups {
  /** Model instances in a model group. */
  readonly models: Models;

  /** @internal */
  constructor(client: ResourceContext) {
    this.models = new Models(client);
  }
}
