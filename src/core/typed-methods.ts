/**
 * The types of the client's typed HTTP methods (`client.GET`, `client.POST`, …): openapi-fetch's
 * call shape, with each body typed by the operation's own schema names, so that an editor shows
 * `ModelInstance` where openapi-fetch's `Readable<…>` would print the object expanded. The spec
 * marks nothing read-only or write-only, so `Readable` changes nothing here.
 */
import type {
  Client,
  ClientPathsWithMethod,
  MaybeOptionalInit,
  ParseAsResponse,
} from "openapi-fetch";
import type { paths } from "../types.js";

/** The HTTP methods an OpenAPI path item may hold, lower case as in `paths`. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The API's paths that have the method `M`. */
export type PathsWith<M extends HttpMethod> = ClientPathsWithMethod<Client<paths>, M>;

/** The operation at `P` with the method `M`, as generated from openapi.yaml. */
export type OperationAt<M extends HttpMethod, P extends PathsWith<M>> = paths[P][M];

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | "2XX";
type ContentOf<R> = R extends { content: infer C }
  ? C extends Record<string, unknown>
    ? C[keyof C]
    : undefined
  : undefined;
type ResponsesOf<O> = O extends { responses: infer R } ? R : never;

/** The body of an operation's 2xx responses, as generated from openapi.yaml. */
export type SuccessBody<O> = ContentOf<
  ResponsesOf<O>[Extract<keyof ResponsesOf<O>, SuccessStatus>]
>;

/** The body of an operation's error responses (4xx, 5xx, `default`). */
export type ErrorBody<O> = ContentOf<
  ResponsesOf<O>[Exclude<keyof ResponsesOf<O>, SuccessStatus | "1XX" | "3XX">]
>;

/**
 * What a typed method resolves to, as openapi-fetch's: the data of a 2xx answer, or the error
 * body of any other, with the raw `Response`.
 */
export type FetchResult<O, Init> =
  | { data: ParseAsResponse<SuccessBody<O>, Init>; error?: never; response: Response }
  | { data?: never; error: ErrorBody<O>; response: Response };

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
// The init argument is optional when nothing in it is required (openapi-fetch's InitParam).
type InitArgument<Init> =
  RequiredKeys<Init> extends never
    ? [init?: Init & { [key: string]: unknown }]
    : [init: Init & { [key: string]: unknown }];

/**
 * One typed method, as openapi-fetch's `client.GET` / `client.POST` / …: a path of the spec with
 * that method, its parameters and body checked against openapi.yaml.
 */
export type TypedMethod<M extends HttpMethod> = <
  P extends PathsWith<M>,
  Init extends MaybeOptionalInit<paths[P], M>,
>(
  url: P,
  ...init: InitArgument<Init>
) => Promise<FetchResult<OperationAt<M, P>, Init>>;
