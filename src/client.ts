/** SGPClient: resolves options once, then wires the transport, auth headers and resources. */
import createClient, { type Client } from "openapi-fetch";
import { SGPError } from "./errors.js";
import { createLog, type Log } from "./log.js";
import {
  resolveOptions,
  type ClientOptions,
  type HeaderValue,
  type ResolvedOptions,
} from "./options.js";
import { serializePath } from "./path.js";
import { ModelGroups, type ResourceContext } from "./resources/model-groups.js";
import {
  createTransport,
  sleep,
  type Sleep,
  type Transport,
  type TransportConfig,
} from "./transport.js";
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

function isBrowserLike(): boolean {
  const g = globalThis as {
    window?: { document?: unknown };
    navigator?: unknown;
    importScripts?: unknown;
  };
  const isWindow = typeof g.window?.document !== "undefined" && typeof g.navigator !== "undefined";
  const isWorker = typeof g.importScripts === "function";
  return isWindow || isWorker;
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function buildHeaders(options: ResolvedOptions, isBrowser: boolean): Record<string, HeaderValue> {
  return {
    "x-api-key": options.apiKey,
    accept: "application/json",
    // Browsers refuse to let scripts set user-agent, and it would force a CORS preflight header.
    ...(isBrowser ? {} : { "user-agent": `sgp-client/${VERSION}` }),
    ...(options.accountId ? { "x-selected-account-id": options.accountId } : {}),
    ...options.defaultHeaders,
  };
}

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
        "SGPClient is running in a browser, where anyone using the page can read the API key. " +
          "Call SGP from a server instead, or pass `dangerouslyAllowBrowser: true` if the key is meant to be public (a local demo, a user's own key).",
      );
    }
    const log = createLog(resolved.logLevel, resolved.logger);
    const url = new URL(resolved.baseURL);
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      log.warn(
        `baseURL ${url.origin} uses http://: the API key travels unencrypted. Use https:// outside local development.`,
      );
    }
    this.#options = { ...options, apiKey: resolved.apiKey };
    this.#internals = internals;
    this.baseURL = resolved.baseURL;
    this.timeout = resolved.timeoutMs;
    this.maxRetries = resolved.maxRetries;

    const transportConfig: TransportConfig = {
      fetch: resolved.fetch,
      fetchOptions: resolved.fetchOptions,
      origin: resolved.origin,
      timeoutMs: resolved.timeoutMs,
      maxRetries: resolved.maxRetries,
      maxRetryDelayMs: resolved.maxRetryDelayMs,
      log,
      secret: resolved.apiKey,
      sleep: internals.sleep ?? sleep,
      random: internals.random ?? Math.random,
      now: internals.now ?? Date.now,
    };
    const api = createClient<paths>({
      baseUrl: resolved.baseURL,
      fetch: createTransport(transportConfig),
      headers: buildHeaders(resolved, isBrowser),
      pathSerializer: serializePath,
    });
    // A JSON-labelled success body that does not parse is the only SyntaxError openapi-fetch can
    // throw here; callers get an SGPError saying so instead.
    const post = api.POST as (url: string, init: unknown) => Promise<unknown>;
    this.POST = ((url: string, init: unknown) =>
      post(url, init).catch((error: unknown) => {
        throw error instanceof SyntaxError
          ? new SGPError(`POST ${url}: the response body is not valid JSON (${error.message}).`, {
              cause: error,
            })
          : error;
      })) as unknown as Client<paths>["POST"];
    const context: ResourceContext = {
      api,
      secret: resolved.apiKey,
      maxRetryDelayMs: resolved.maxRetryDelayMs,
      basePath: url.pathname.replace(/\/+$/, ""),
      transportFor: (overrides): Transport | undefined =>
        overrides.timeoutMs === undefined && overrides.maxRetries === undefined
          ? undefined
          : createTransport({ ...transportConfig, ...overrides }),
    };
    this.modelGroups = new ModelGroups(context);
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
