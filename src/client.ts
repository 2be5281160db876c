/** SGPClient: resolves options once, then wires the transport, auth headers and resources. */
import * as openapiFetch from "openapi-fetch";
import type { Client } from "openapi-fetch";
import { SGPError } from "./errors.js";
import { createLog } from "./log.js";
import { resolveOptions, type ClientOptions } from "./options.js";
import { serializePath } from "./path.js";
import { ModelGroups } from "./resources/model-groups.js";
import { createTransport, sleep, type Sleep, type TransportConfig } from "./transport.js";
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
const createClient = ((openapiFetch.default as unknown as { default?: typeof openapiFetch.default })
  .default ?? openapiFetch.default) as typeof openapiFetch.default;

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
 * const instance = await client.modelGroups.models.create("mg_123", "mi_456");
 */
export class SGPClient {
  /** `client.modelGroups.models.create(groupId, instanceId)`. */
  readonly modelGroups: ModelGroups;
  /**
   * openapi-fetch's typed POST, through the same auth, retries, timeouts and redirect rules.
   * Error statuses resolve to `{ error, response }` rather than throwing.
   */
  readonly POST: Client<paths>["POST"];
  /** The API base URL in use. */
  readonly baseURL: string;
  /** Timeout per attempt, in milliseconds. */
  readonly timeout: number;
  /** Retries per request. */
  readonly maxRetries: number;

  readonly #options: ClientOptions;
  readonly #internals: ClientInternals;

  /**
   * @throws {SGPError} no API key, an invalid option, or a browser without `dangerouslyAllowBrowser`.
   */
  constructor(options?: ClientOptions);
  /** @internal */
  constructor(options: ClientOptions | undefined, internals: ClientInternals);
  constructor(options: ClientOptions = {}, internals: ClientInternals = {}) {
    const resolved = resolveOptions(options);
    const isBrowser = isBrowserLike();
    if (isBrowser && !resolved.dangerouslyAllowBrowser) {
      throw new SGPError(
        "SGPClient is running in a browser, where anyone using the page can read the API key. Call SGP from a server, or pass `dangerouslyAllowBrowser: true` if that is intended.",
      );
    }
    const log = createLog(resolved.logLevel, resolved.logger);
    const { hostname, protocol, pathname } = new URL(resolved.baseURL);
    if (protocol === "http:" && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname)) {
      log.warn(
        `baseURL ${resolved.origin} uses http://: the API key travels unencrypted. Use https:// outside local development.`,
      );
    }
    // What came from the environment is kept too: a derived client talks to the same API.
    const { apiKey, baseURL, accountId } = resolved;
    this.#options = { ...options, apiKey, baseURL, ...(accountId && { accountId }) };
    this.#internals = internals;
    this.baseURL = resolved.baseURL;
    this.timeout = resolved.timeoutMs;
    this.maxRetries = resolved.maxRetries;

    const transportConfig: TransportConfig = {
      ...resolved,
      log,
      secret: resolved.apiKey,
      sleep: internals.sleep ?? sleep,
      random: internals.random ?? Math.random,
      now: internals.now ?? Date.now,
      isCopyNeeded: true,
    };
    const api = createClient<paths>({
      baseUrl: resolved.baseURL,
      fetch: createTransport(transportConfig),
      headers: {
        "x-api-key": resolved.apiKey,
        accept: "application/json",
        // Browsers do not let scripts set user-agent, and it would need a CORS preflight.
        ...(!isBrowser && { "user-agent": `sgp-client/${VERSION}` }),
        ...(resolved.accountId && { "x-selected-account-id": resolved.accountId }),
        ...resolved.defaultHeaders,
      },
      pathSerializer: serializePath,
    });
    // openapi-fetch's JSON parser throws a bare SyntaxError on a JSON-labelled body that does not
    // parse; callers get an SGPError saying so instead.
    const post = api.POST as (url: string, init: unknown) => Promise<unknown>;
    this.POST = ((url: string, init: unknown) =>
      post(url, init).catch((error: unknown) => {
        throw error instanceof SyntaxError
          ? new SGPError(`POST ${url}: the response body is not valid JSON (${error.message}).`, {
              cause: error,
            })
          : error;
      })) as unknown as Client<paths>["POST"];
    this.modelGroups = new ModelGroups({
      api,
      secret: resolved.apiKey,
      timeoutMs: resolved.timeoutMs,
      maxRetries: resolved.maxRetries,
      basePath: pathname.replace(/\/+$/, ""),
      transportFor: (timeoutMs, maxRetries) =>
        createTransport({ ...transportConfig, timeoutMs, maxRetries, isCopyNeeded: false }),
    });
  }

  /**
   * A client with some options changed and the rest (key, fetch, logger) kept.
   * @example
   * const quick = client.withOptions({ timeout: 5_000, maxRetries: 0 });
   */
  withOptions(options: ClientOptions): SGPClient {
    return new SGPClient({ ...this.#options, ...options }, this.#internals);
  }
}
