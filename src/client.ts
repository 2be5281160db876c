/** SGPClient: resolves options once, then builds the one openapi-fetch client every call goes through. */
import * as openapiFetch from "openapi-fetch";
import type { Client, Middleware } from "openapi-fetch";
import * as Errors from "./core/errors.js";
import type { ClientOptions, HeaderValue } from "./core/options.js";
import type { HttpMethod, TypedMethod } from "./core/typed-methods.js";
import { createLog } from "./internal/log.js";
import { resolveOptions } from "./internal/options.js";
import type {} from "./internal/platform.js";
import { serializePath } from "./internal/path.js";
import { createRedactor } from "./internal/redact.js";
import { requestClass } from "./internal/request.js";
import { createResourceContext } from "./internal/resource-context.js";
import { createTransport, sleep, type Sleep } from "./internal/transport.js";
import { ModelGroups } from "./resources/model-groups.js";
import type { paths } from "./types.js";
import { VERSION } from "./version.js";

/**
 * Test seams, not part of the public API: control time and randomness without patching globals.
 * @internal
 */
export interface ClientInternals {
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
}

// In the CommonJS build, Node's interop makes the default import openapi-fetch's whole exports
// object (it sets __esModule, which Node ignores); its `default` is then createClient.
const createClient = ((openapiFetch.default as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default) as typeof openapiFetch.default;

// A window with a document, or a web worker: anyone using the page can read what the code holds.
const isBrowserLike = (): boolean => {
  const g = globalThis as {
    window?: { document?: unknown };
    navigator?: unknown;
    importScripts?: unknown;
  };
  return (!!g.window?.document && !!g.navigator) || typeof g.importScripts === "function";
};

/**
 * A client for the SGP API.
 *
 * @example
 * import SGPClient from "sgp-client";
 * const client = new SGPClient(); // reads SGP_API_KEY
 * const instance = await client.modelGroups.models.create(
 *   "mg_01hq2r6m3x8v9c4b7n5k2j1h0g",
 *   "mi_01hq2r8f5w3t7y6u1i9o0p2a4s",
 * );
 */
export class SGPClient {
  // The error classes, as in the official SDKs: `catch (e) { if (e instanceof SGPClient.APIError) }`.
  // All but APIResponseValidationError, which only `sgp-client/validation` throws: as a static it
  // would be in every browser bundle (186 bytes gzipped), validating or not.
  static SGPClientError = Errors.SGPClientError;
  static APIError = Errors.APIError;
  static BadRequestError = Errors.BadRequestError;
  static AuthenticationError = Errors.AuthenticationError;
  static PermissionDeniedError = Errors.PermissionDeniedError;
  static NotFoundError = Errors.NotFoundError;
  static ConflictError = Errors.ConflictError;
  static UnprocessableEntityError = Errors.UnprocessableEntityError;
  static RateLimitError = Errors.RateLimitError;
  static InternalServerError = Errors.InternalServerError;
  static APIConnectionError = Errors.APIConnectionError;
  static APIConnectionTimeoutError = Errors.APIConnectionTimeoutError;
  static APIUserAbortError = Errors.APIUserAbortError;
  static ResponseTooLargeError = Errors.ResponseTooLargeError;

  /** `client.modelGroups.models.create(groupId, instanceId)`. */
  readonly modelGroups: ModelGroups;
  // openapi-fetch's typed methods, each through the same auth, retries, timeouts, redirect rules
  // and middleware as `create`. Error statuses resolve to `{ error, response }` rather than
  // throwing; a request that gets no answer rejects with the APIError that says why.
  /** openapi-fetch's typed GET, through this client: `const { data, error } = await client.GET(path, init)`. */
  readonly GET: TypedMethod<"get">;
  /** openapi-fetch's typed PUT, through this client. */
  readonly PUT: TypedMethod<"put">;
  /** openapi-fetch's typed POST, through this client: `const { data, error } = await client.POST(path, init)`. */
  readonly POST: TypedMethod<"post">;
  /** openapi-fetch's typed DELETE, through this client. */
  readonly DELETE: TypedMethod<"delete">;
  /** openapi-fetch's typed OPTIONS, through this client. */
  readonly OPTIONS: TypedMethod<"options">;
  /** openapi-fetch's typed HEAD, through this client. */
  readonly HEAD: TypedMethod<"head">;
  /** openapi-fetch's typed PATCH, through this client. */
  readonly PATCH: TypedMethod<"patch">;
  /** openapi-fetch's typed TRACE, through this client. */
  readonly TRACE: TypedMethod<"trace">;
  /** The API base URL in use. */
  readonly baseURL: string;
  /** Timeout per attempt, in milliseconds. */
  readonly timeout: number;
  /** Retries per request. */
  readonly maxRetries: number;

  readonly #options: ClientOptions;
  readonly #internals: ClientInternals;
  readonly #api: Client<paths>;
  readonly #middleware: Middleware[] = [];

  /**
   * A client for the SGP API. Every option is optional and checked here, before anything is
   * sent: the key comes from `SGP_API_KEY`, the base URL from `SGP_BASE_URL` or
   * `https://api.egp.scale.com`; see {@link ClientOptions} for the rest.
   *
   * @param options `apiKey`, `baseURL`, `accountId`, `timeout`, `maxRetries`, `fetch`, `logLevel`, …
   * @throws {SGPClientError} no API key, an invalid option, or a browser without
   *   `dangerouslyAllowBrowser`.
   * @example
   * import SGPClient from "sgp-client";
   * const client = new SGPClient(); // reads SGP_API_KEY
   * const instance = await client.modelGroups.models.create(
   *   "mg_01hq2r6m3x8v9c4b7n5k2j1h0g",
   *   "mi_01hq2r8f5w3t7y6u1i9o0p2a4s",
   * );
   */
  constructor(options?: ClientOptions);
  /** @internal */
  constructor(options: ClientOptions | undefined, internals: ClientInternals);
  constructor(options: ClientOptions = {}, internals: ClientInternals = {}) {
    const resolved = resolveOptions(options);
    const isBrowser = isBrowserLike();
    if (isBrowser && !resolved.dangerouslyAllowBrowser) {
      throw new Errors.SGPClientError(
        "SGPClient is running in a browser, where anyone using the page can read the API key: call SGP from a server, or pass `dangerouslyAllowBrowser: true`.",
      );
    }
    const { apiKey, baseURL, accountId } = resolved;
    const log = createLog(resolved.logLevel, resolved.logger);
    const { hostname, protocol, pathname, origin } = resolved.url;
    if (protocol === "http:" && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname)) {
      log.warn(
        `baseURL ${origin} uses http://: the API key travels unencrypted. Use https:// outside local development.`,
      );
    }
    // The API's paths start with their version; a baseURL that has it too doubles it.
    if (/\/v\d+\/*$/.test(pathname)) {
      log.warn(
        `baseURL ends with an API version, which paths start with: requests go to ${baseURL}/v4/…; drop it.`,
      );
    }
    // What came from the environment is kept too: a derived client talks to the same API.
    this.#options = { ...options, apiKey, baseURL, ...(accountId && { accountId }) };
    this.#internals = internals;
    this.baseURL = baseURL;
    this.timeout = resolved.timeoutMs;
    this.maxRetries = resolved.maxRetries;

    const headers: Record<string, HeaderValue> = {
      "x-api-key": apiKey,
      accept: "application/json",
      // Browsers do not let scripts set user-agent, and it would need a CORS preflight.
      ...(!(typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__) &&
        !isBrowser && { "user-agent": `sgp-client/${VERSION}` }),
      ...(accountId && { "x-selected-account-id": accountId }),
      ...resolved.defaultHeaders,
    };
    const redactor = createRedactor(apiKey);
    const transport = createTransport({
      ...resolved,
      origin,
      log,
      redactor,
      sleep: internals.sleep ?? sleep,
      random: internals.random ?? Math.random,
      now: internals.now ?? Date.now,
    });
    this.#api = createClient<paths>({
      baseUrl: baseURL,
      fetch: transport as unknown as typeof fetch,
      Request: requestClass(log, () => this.#middleware.length > 0),
      headers,
      pathSerializer: serializePath,
    });
    // openapi-fetch parses a success body with a bare JSON.parse, whose SyntaxError would not
    // say which request it was; resources parse their own (see resource-context.ts).
    const typed = (method: Uppercase<HttpMethod>): never => {
      const call = this.#api[method] as (url: string, init?: object) => Promise<unknown>;
      return ((url: string, init?: object) =>
        call(url, init).catch((error: unknown) => {
          throw error instanceof SyntaxError
            ? new Errors.SGPClientError(`${method} ${url}: the response body is not valid JSON.`, {
                cause: error,
              })
            : error;
        })) as never;
    };
    this.GET = typed("GET");
    this.PUT = typed("PUT");
    this.POST = typed("POST");
    this.DELETE = typed("DELETE");
    this.OPTIONS = typed("OPTIONS");
    this.HEAD = typed("HEAD");
    this.PATCH = typed("PATCH");
    this.TRACE = typed("TRACE");
    this.modelGroups = new ModelGroups(createResourceContext(this.#api, redactor));
  }

  /**
   * Registers openapi-fetch middleware for every call of this client, `create` and `POST` alike.
   * It runs once per call, around the transport: `onRequest` before the first attempt, then
   * `onResponse` with the final response after every retry, or `onError` when none came.
   * @example
   * client.use({ onRequest: ({ request }) => void request.headers.set("x-trace", "abc") });
   */
  use(...middleware: Middleware[]): this {
    this.#api.use(...middleware);
    this.#middleware.push(...middleware.filter(Boolean));
    return this;
  }

  /** Removes middleware registered with {@link SGPClient.use}. */
  eject(...middleware: Middleware[]): this {
    this.#api.eject(...middleware);
    for (const m of middleware) {
      const index = this.#middleware.indexOf(m);
      if (index !== -1) this.#middleware.splice(index, 1);
    }
    return this;
  }

  /**
   * A client with some options changed and the rest (key, fetch, logger, middleware) kept.
   * @example
   * const quick = client.withOptions({ timeout: 5_000, maxRetries: 0 });
   */
  withOptions(options: ClientOptions): SGPClient {
    const client = new SGPClient({ ...this.#options, ...options }, this.#internals);
    return client.use(...this.#middleware);
  }
}
