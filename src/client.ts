/** SGPClient: resolves options once, then wires the transport, auth headers and resources. */
import { SGPError } from "./errors.js";
import { createLog } from "./log.js";
import { applyHeaders, resolveOptions, type ClientOptions, type HeaderValue } from "./options.js";
import { loadPost } from "./load-post.js";
import type { Post } from "./post.js";
import { ModelGroups } from "./resources/model-groups.js";
import { createTransport, sleep, type Sleep } from "./transport.js";
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
  readonly POST: Post;
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
    const { hostname, protocol, pathname, origin } = resolved.url;
    if (protocol === "http:" && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname)) {
      log.warn(
        `baseURL ${origin} uses http://: the API key travels unencrypted. Use https:// outside local development.`,
      );
    }
    // What came from the environment is kept too: a derived client talks to the same API.
    const { apiKey, baseURL, accountId } = resolved;
    this.#options = { ...options, apiKey, baseURL, ...(accountId && { accountId }) };
    this.#internals = internals;
    this.baseURL = resolved.baseURL;
    this.timeout = resolved.timeoutMs;
    this.maxRetries = resolved.maxRetries;

    const send = createTransport({
      ...resolved,
      origin,
      log,
      secret: resolved.apiKey,
      sleep: internals.sleep ?? sleep,
      random: internals.random ?? Math.random,
      now: internals.now ?? Date.now,
    });
    const headers: Record<string, HeaderValue> = {
      "x-api-key": resolved.apiKey,
      accept: "application/json",
      // Browsers do not let scripts set user-agent, and it would need a CORS preflight.
      ...(!isBrowser && { "user-agent": `sgp-client/${VERSION}` }),
      ...(resolved.accountId && { "x-selected-account-id": resolved.accountId }),
      ...resolved.defaultHeaders,
    };
    const defaults = { timeoutMs: resolved.timeoutMs, maxRetries: resolved.maxRetries };
    const postContext = {
      ...defaults,
      send,
      baseURL: resolved.baseURL,
      origin,
      headers,
    };
    let post: Promise<Post> | undefined;
    this.POST = ((url: string, init: unknown) => {
      // openapi-fetch loads with the first POST: `create` does not need it (see post.ts).
      post ??= loadPost().then(
        (module) => module.createPost(postContext),
        (error: unknown) => {
          // Not kept: the next call imports again, which fetches a chunk that failed to load
          // once in runtimes that do not keep the failure (whatwg/html#10327).
          post = undefined;
          throw error;
        },
      );
      return post.then((typedPost) => (typedPost as (u: string, i: unknown) => unknown)(url, init));
    }) as Post;
    this.modelGroups = new ModelGroups({
      ...defaults,
      send,
      baseURL: resolved.baseURL,
      basePath: pathname.replace(/\/+$/, ""),
      headers: applyHeaders(new Headers(), headers),
      secret: resolved.apiKey,
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
