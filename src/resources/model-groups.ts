/** The `modelGroups` resource: `client.modelGroups.models.create(groupId, instanceId)`. */
import type { Client } from "openapi-fetch";
import { APIPromise, type WithResponse } from "../api-promise.js";
import { excerpt, readRequestId, toAPIError, type APIErrorInit } from "../errors.js";
import { checkHeaders, checkNumber, optionError, type RequestOptions } from "../options.js";
import { serializePath } from "../path.js";
import { bodyTextOf, type Transport } from "../transport.js";
import type { ModelInstance, paths } from "../types.js";

const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

/**
 * What a resource needs from its client.
 * @internal
 */
export interface ResourceContext {
  api: Client<paths>;
  secret: string;
  /** The client's defaults, which per-request options override. */
  timeoutMs: number;
  maxRetries: number;
  /** The path part of baseURL, without a trailing slash (`""` or `/public`). */
  basePath: string;
  /** A transport for `create`: the client's, with the body read once and this timeout and retries. */
  transportFor(timeoutMs: number, maxRetries: number): Transport;
}

function checkSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined || signal instanceof AbortSignal) return signal;
  throw optionError("signal", "an AbortSignal", signal);
}

/** The success body as a ModelInstance: an empty or non-JSON body is an APIError saying so. */
function parseInstance(
  text: string | undefined,
  init: Omit<APIErrorInit, "body">,
  secret: string,
): ModelInstance {
  let body: unknown;
  try {
    body = JSON.parse(text!);
  } catch {
    // below
  }
  if (typeof body === "object" && body !== null && !Array.isArray(body))
    return body as ModelInstance;
  const note = text
    ? `The response body is not a ModelInstance as JSON: "${excerpt(text)}"`
    : "The response body is empty; expected a ModelInstance as JSON";
  throw toAPIError({ ...init, body: undefined, note }, secret);
}

/** `client.modelGroups.models`. */
export class Models {
  readonly #context: ResourceContext;
  readonly #transport: Transport;

  /** @internal */
  constructor(context: ResourceContext) {
    this.#context = context;
    this.#transport = context.transportFor(context.timeoutMs, context.maxRetries);
  }

  /**
   * Adds a model instance to a model group and returns the model instance.
   *
   * @param modelGroupId The model group's id; any non-empty string but `.` and `..`.
   * @param modelInstanceId The model instance's id; any non-empty string but `.` and `..`.
   * @throws {SGPError} an id or option is invalid (before anything is sent).
   * @throws {APIError} the API answered with an error status (a subclass per status), or a
   *   success body that is not a JSON ModelInstance.
   * @throws {APIConnectionError} no response after every retry; `APIConnectionTimeoutError` when
   *   the attempts timed out.
   * @throws {APIUserAbortError} `options.signal` aborted.
   * @example
   * const instance = await client.modelGroups.models.create("mg_123", "mi_456");
   */
  create(
    modelGroupId: string,
    modelInstanceId: string,
    options?: RequestOptions,
  ): APIPromise<ModelInstance> {
    return new APIPromise(this.#send(modelGroupId, modelInstanceId, options));
  }

  async #send(
    modelGroupId: string,
    modelInstanceId: string,
    options: RequestOptions = {},
  ): Promise<WithResponse<ModelInstance>> {
    const context = this.#context;
    if (typeof options !== "object" || options === null)
      throw optionError("options", "an object", options);
    const { timeout, maxRetries } = options;
    const transport =
      timeout === undefined && maxRetries === undefined
        ? this.#transport
        : context.transportFor(
            checkNumber("timeout", timeout, context.timeoutMs, 1),
            checkNumber("maxRetries", maxRetries, context.maxRetries, 0, true),
          );
    const pathParams = { model_group_id: modelGroupId, model_instance_id: modelInstanceId };
    const signal = checkSignal(options.signal);
    const { error, response } = await context.api.POST(PATH, {
      params: { path: pathParams },
      headers: checkHeaders("headers", options.headers),
      // The transport has read the body already; openapi-fetch need not read it again.
      parseAs: "stream",
      fetch: transport,
      ...(signal && { signal }),
    });
    const init = { what: `POST ${context.basePath}${serializePath(PATH, pathParams)}`, response };
    if (!response.ok) throw toAPIError({ ...init, body: error }, context.secret);
    return {
      data: parseInstance(bodyTextOf(response), init, context.secret),
      response,
      requestId: readRequestId(response.headers),
    };
  }
}

/** `client.modelGroups`. */
export class ModelGroups {
  /** Model instances in a model group. */
  readonly models: Models;

  /** @internal */
  constructor(context: ResourceContext) {
    this.models = new Models(context);
  }
}
