/** The `modelGroups` resource: `client.modelGroups.models.create(groupId, instanceId)`. */
import { APIPromise, type WithResponse } from "../api-promise.js";
import { excerpt, parseBody, readRequestId, toAPIError, type APIErrorInit } from "../errors.js";
import {
  applyHeaders,
  checkHeaders,
  checkNumber,
  optionError,
  type RequestOptions,
} from "../options.js";
import { serializePath } from "../path.js";
import type { Send } from "../transport.js";
import type { operations } from "../types.js";

/** The operation, as generated from openapi.yaml: its path parameters and its success body. */
type AddModelInstance = operations["addModelInstanceToModelGroup"];
type PathParams = AddModelInstance["parameters"]["path"];
type Created = AddModelInstance["responses"][200]["content"]["application/json"];

const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

/**
 * What a resource needs from its client.
 * @internal
 */
export interface ResourceContext {
  send: Send;
  /** The API base URL, without a trailing slash. */
  baseURL: string;
  /** The path part of baseURL, without a trailing slash (`""` or `/public`). */
  basePath: string;
  /** The client's headers: auth, account, user-agent and `defaultHeaders`. */
  headers: Headers;
  secret: string;
  /** The client's defaults, which per-request options override. */
  timeoutMs: number;
  maxRetries: number;
}

function checkSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined || signal instanceof AbortSignal) return signal;
  throw optionError("signal", "an AbortSignal", signal);
}

/** The success body as a ModelInstance: an empty or non-JSON body is an APIError saying so. */
function parseInstance(text: string, init: Omit<APIErrorInit, "body">, secret: string): Created {
  const body = parseBody(text);
  if (typeof body === "object" && body !== null && !Array.isArray(body)) return body as Created;
  const note = text
    ? `The response body is not a ModelInstance as JSON: "${excerpt(text)}"`
    : "The response body is empty; expected a ModelInstance as JSON";
  throw toAPIError({ ...init, body: undefined, note }, secret);
}

/** `client.modelGroups.models`. */
export class Models {
  readonly #context: ResourceContext;

  /** @internal */
  constructor(context: ResourceContext) {
    this.#context = context;
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
  ): APIPromise<Created> {
    return new APIPromise(this.#send(modelGroupId, modelInstanceId, options));
  }

  async #send(
    modelGroupId: string,
    modelInstanceId: string,
    options: RequestOptions = {},
  ): Promise<WithResponse<Created>> {
    const context = this.#context;
    if (typeof options !== "object" || options === null)
      throw optionError("options", "an object", options);
    const pathParams: PathParams = {
      model_group_id: modelGroupId,
      model_instance_id: modelInstanceId,
    };
    const path = serializePath(PATH, pathParams);
    // A copy per call: a fetch wrapper that edits `init.headers` must not edit the next call's.
    const headers = applyHeaders(
      new Headers(context.headers),
      checkHeaders("headers", options.headers),
    );
    const what = `POST ${context.basePath}${path}`;
    const { response, text } = await context.send({
      method: "POST",
      url: context.baseURL + path,
      what,
      headers,
      signal: checkSignal(options.signal),
      timeoutMs: checkNumber("timeout", options.timeout, context.timeoutMs, 1),
      maxRetries: checkNumber("maxRetries", options.maxRetries, context.maxRetries, 0, true),
    });
    const init = { what, response };
    if (!response.ok) throw toAPIError({ ...init, body: parseBody(text) }, context.secret);
    return {
      data: parseInstance(text, init, context.secret),
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
