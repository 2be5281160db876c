/** The `modelGroups` resource: `client.modelGroups.models.create(groupId, instanceId)`. */
import type { Client } from "openapi-fetch";
import { APIPromise, type WithResponse } from "../api-promise.js";
import { excerpt, readRequestId, toAPIError, type APIErrorInit } from "../errors.js";
import { validateHeaders, validateNumber, type RequestOptions } from "../options.js";
import { serializePath } from "../path.js";
import { requestedDelayMs } from "../retry.js";
import type { Transport } from "../transport.js";
import type { ModelInstance, paths } from "../types.js";

const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

/**
 * What a resource needs from its client.
 * @internal
 */
export interface ResourceContext {
  api: Client<paths>;
  secret: string;
  maxRetryDelayMs: number;
  /** The path part of baseURL, without a trailing slash (`""` or `/public`). */
  basePath: string;
  /** A transport with per-request overrides, or undefined to use the client's. */
  transportFor(overrides: { timeoutMs?: number; maxRetries?: number }): Transport | undefined;
}

function checkRequestOptions(options: unknown): RequestOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) {
    throw new TypeError("Invalid request options: expected an object such as { timeout: 5000 }.");
  }
  const { signal } = options as RequestOptions;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError("Invalid request option `signal`: expected an AbortSignal.");
  }
  return options as RequestOptions;
}

function waitNote(headers: Headers, maxRetryDelayMs: number): string | undefined {
  const requested = requestedDelayMs(headers, Date.now());
  if (requested === undefined || requested <= maxRetryDelayMs) return undefined;
  return `The server asked to wait ${Math.ceil(requested / 1000)} s before retrying, longer than maxRetryDelay (${Math.ceil(maxRetryDelayMs / 1000)} s), so it was not retried`;
}

function parseInstance(
  text: string | undefined,
  init: Omit<APIErrorInit, "body" | "note">,
  secret: string,
): ModelInstance {
  if (!text)
    throw toAPIError(
      { ...init, body: text, note: "The response body is empty; expected a ModelInstance as JSON" },
      secret,
    );
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw toAPIError(
      { ...init, body: undefined, note: `The response body is not JSON: "${excerpt(text)}"` },
      secret,
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw toAPIError(
      { ...init, body, note: `The response body is not a ModelInstance object: ${excerpt(text)}` },
      secret,
    );
  }
  return body as ModelInstance;
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
  ): APIPromise<ModelInstance> {
    return new APIPromise(this.#send(modelGroupId, modelInstanceId, options));
  }

  async #send(
    modelGroupId: string,
    modelInstanceId: string,
    rawOptions: unknown,
  ): Promise<WithResponse<ModelInstance>> {
    const options = checkRequestOptions(rawOptions);
    const overrides: { timeoutMs?: number; maxRetries?: number } = {};
    if (options.timeout !== undefined)
      overrides.timeoutMs = validateNumber("timeout", options.timeout, 0, {
        min: 1,
        integer: false,
      });
    if (options.maxRetries !== undefined)
      overrides.maxRetries = validateNumber("maxRetries", options.maxRetries, 0, {
        min: 0,
        integer: true,
      });
    const transport = this.#context.transportFor(overrides);
    const pathParams = { model_group_id: modelGroupId, model_instance_id: modelInstanceId };
    const { data, error, response } = await this.#context.api.POST(PATH, {
      params: { path: pathParams },
      headers: validateHeaders("headers", options.headers),
      parseAs: "text",
      ...(options.signal ? { signal: options.signal } : {}),
      ...(transport ? { fetch: transport } : {}),
    });
    const init = {
      method: "POST",
      path: this.#context.basePath + serializePath(PATH, pathParams),
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    };
    if (!response.ok) {
      throw toAPIError(
        { ...init, body: error, note: waitNote(response.headers, this.#context.maxRetryDelayMs) },
        this.#context.secret,
      );
    }
    const instance = parseInstance(data, init, this.#context.secret);
    return { data: instance, response, requestId: readRequestId(response.headers) };
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
