/**
 * What resources call: the client's typed openapi-fetch POST, with the per-request options
 * checked first and `{ data, error, response }` unwrapped into the data or the typed error.
 */
import type { Client } from "openapi-fetch";
import { APIPromise, type WithResponse } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { paths } from "../types.js";
import { toAPIError } from "./api-error.js";
import { notJsonNote, parseBody } from "./body.js";
import { isObject } from "./headers.js";
import { checkOption, expect, REQUEST_CHECKS } from "./options.js";
import { describeRequest } from "./request.js";

/** The API's paths that take a POST. */
export type PostPath = {
  [P in keyof paths]: paths[P] extends { post: object } ? P : never;
}[keyof paths];
type PostOperation<P extends PostPath> = paths[P]["post"];
/** The path parameters of a POST path, as generated from openapi.yaml. */
export type PathParams<P extends PostPath> = PostOperation<P>["parameters"]["path"];
/** The 200 body of a POST path, as generated from openapi.yaml. */
export type Success<P extends PostPath> =
  PostOperation<P>["responses"][200]["content"]["application/json"];

/**
 * What a resource needs from its client: one call per HTTP method it uses.
 * @internal
 */
export interface ResourceContext {
  /** POSTs to `path` with its path parameters; resolves to the 200 body or throws an APIError. */
  post<P extends PostPath>(
    path: P,
    pathParams: PathParams<P>,
    options?: RequestOptions,
  ): APIPromise<Success<P>>;
}

/** Builds the resource context over one client's openapi-fetch POST. */
export function createResourceContext(
  post: Client<paths>["POST"],
  secret: string,
): ResourceContext {
  const send = async (
    path: PostPath,
    pathParams: PathParams<PostPath>,
    options?: RequestOptions,
  ): Promise<Omit<WithResponse<Success<PostPath>>, "requestId">> => {
    // Checked before anything is sent; a call without options has nothing to check.
    if (options !== undefined) {
      checkOption("options", options, expect("an object", isObject));
      for (const [name, check] of Object.entries(REQUEST_CHECKS)) {
        checkOption(name, options[name as keyof RequestOptions], check);
      }
    }
    const { signal, headers, timeout, maxRetries } = options ?? {};
    // `timeout` and `maxRetries` are not fetch's: openapi-fetch hands them to the request. The
    // body comes as text, parsed here, so that a body that is not JSON is an APIError saying so.
    const init = {
      params: { path: pathParams },
      parseAs: "text",
      signal,
      headers,
      timeout,
      maxRetries,
    };
    const { data: text = "", error, response } = await post(path, init as never);
    const what = (): string => describeRequest("POST", response.url);
    if (!response.ok) throw toAPIError(what(), response, error, secret);
    const data = parseBody(text as string);
    if (!isObject(data)) throw toAPIError(what(), response, undefined, secret, notJsonNote(text));
    return { data: data as unknown as Success<PostPath>, response };
  };
  return {
    post<P extends PostPath>(path: P, pathParams: PathParams<P>, options?: RequestOptions) {
      return new APIPromise(send(path, pathParams, options)) as APIPromise<Success<P>>;
    },
  };
}
