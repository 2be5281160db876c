/**
 * What resources call: one typed method per HTTP verb, over the client's one openapi-fetch
 * client, with the per-request options checked first and `{ error, response }` unwrapped into
 * the data or the typed error. A resource method is one line over it (openai-node's shape):
 * `return this.#client.get("/v4/things/{id}", { params: { path: { id } } }, options);`
 */
import type { Client, ParamsOption, RequestBodyOption } from "openapi-fetch";
import { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { HttpMethod, OperationAt, PathsWith, SuccessBody } from "../core/typed-methods.js";
import type { paths } from "../types.js";
import { toAPIError } from "./api-error.js";
import { notJsonNote, parseBody, readKeptText } from "./body.js";
import { isObject } from "./headers.js";
import { checkRequestOptions } from "./options.js";
import { describeRequest, type BodyMode } from "./request.js";
import type { Redactor } from "./redact.js";

type Operation<M extends HttpMethod, P extends PathsWith<M>> = OperationAt<M, P>;
/** What a call sends besides the per-request options: path, query and header parameters, body. */
export type Init<M extends HttpMethod, P extends PathsWith<M>> = ParamsOption<Operation<M, P>> &
  RequestBodyOption<Operation<M, P>>;

/** One verb: a typed call of any path that has it. */
export type Verb<M extends HttpMethod> = <P extends PathsWith<M>>(
  path: P,
  init: Init<M, P>,
  options?: RequestOptions,
) => APIPromise<SuccessBody<Operation<M, P>>>;

/**
 * What a resource needs from its client: `get`, `post`, … each resolving to the 2xx body (a
 * JSON object; 204 and 205 resolve to undefined) or throwing the typed `APIError`.
 * @internal
 */
export type ResourceContext = { [M in HttpMethod]: Verb<M> };

const METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];
// Fetch spec: statuses whose body is null.
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** Builds the resource context over one client's openapi-fetch client. */
export function createResourceContext(api: Client<paths>, redactor: Redactor): ResourceContext {
  const request = (
    method: HttpMethod,
    path: string,
    init: object,
    options?: RequestOptions,
  ): APIPromise<unknown> => {
    const name = method.toUpperCase() as Uppercase<HttpMethod>;
    const bodyMode: BodyMode = { isRaw: false };
    const send = async (): Promise<Response> => {
      let extras: object = { parseAs: "stream", bodyMode };
      // Checked before anything is sent; a call without options has nothing to check.
      if (options !== undefined) {
        checkRequestOptions(options);
        const { signal, headers, timeout, maxRetries, fetchOptions } = options;
        extras = { ...extras, signal, headers, timeout, maxRetries, fetchOptions };
      }
      // `timeout`, `maxRetries`, `fetchOptions` and `bodyMode` are not fetch's: openapi-fetch
      // hands them to the request. The body comes as a stream, unread by openapi-fetch: the
      // transport has read it (or left it for asResponse()), and it is parsed here, so that a
      // body that is not JSON is an APIError saying so.
      const call = api[name] as (path: string, init: object) => ReturnType<typeof api.POST>;
      const { error, response } = await call(path, { ...init, ...extras });
      if (response.ok) return response;
      throw toAPIError(describeRequest(name, response.url), response, error, redactor);
    };
    const parseText = (response: Response, text: string): unknown => {
      const data = parseBody(text);
      if (isObject(data)) return data;
      const what = describeRequest(name, response.url);
      throw toAPIError(what, response, undefined, redactor, notJsonNote(redactor.text(text)));
    };
    // Synchronous when the transport kept the text: no promise per call for what is at hand.
    const parse = (response: Response): unknown => {
      if (NULL_BODY_STATUSES.has(response.status)) return undefined;
      const text = readKeptText(response);
      if (text !== undefined) return parseText(response, text);
      return response.text().then((read) => parseText(response, read));
    };
    const leaveBodyUnread = (): void => void (bodyMode.isRaw = true);
    return new APIPromise({ response: send(), parse, leaveBodyUnread });
  };
  return Object.fromEntries(
    METHODS.map((method) => [method, request.bind(undefined, method)]),
  ) as unknown as ResourceContext;
}
