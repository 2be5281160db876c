/**
 * One attempt of a request: fetch, follow same-origin redirects, and read the body within the
 * size limit, so that the attempt's timeout covers the read and a reset mid-body is retried.
 */
import { ResponseTooLargeError, SGPClientError } from "../core/errors.js";
import type { Fetch } from "../core/options.js";
import { toAPIError } from "./api-error.js";
import { BodyTooLarge, readBody } from "./body.js";
import type { Log } from "./log.js";
import type {} from "./platform.js";
import type { Redactor } from "./redact.js";
import type { ClientRequest } from "./request.js";

/** What an attempt needs, resolved once per client. */
export interface AttemptConfig {
  fetch: Fetch;
  fetchOptions: Record<string, unknown>;
  /** The only origin that may receive the request, and so the API key. */
  origin: string;
  maxResponseSizeBytes: number;
  log: Log;
  redactor: Redactor;
}

/** The final answer of an attempt: its body text, or undefined when left for the caller. */
export type Received = [response: Response, text: string | undefined];

const MAX_REDIRECTS = 5;
// The statuses fetch follows (Fetch spec, redirect status); the others are answers.
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function tooLarge(config: AttemptConfig, what: string, response: Response, length?: number) {
  const size = length === undefined ? "more than" : `${length} bytes, more than`;
  return new ResponseTooLargeError(
    `${what} failed: ${response.status}. The response body is ${size} maxResponseSize (${config.maxResponseSizeBytes} bytes); it was not read, nor retried. Raise \`maxResponseSize\` if the API should send that much.`,
    { status: response.status, headers: config.redactor.headers(response.headers) },
  );
}

/**
 * Runs one attempt. `isRaw` says whether the caller reads a successful body itself
 * (`asResponse()`); then the body is left unread.
 */
export async function runAttempt(
  config: AttemptConfig,
  request: ClientRequest,
  body: BodyInit | null | undefined,
  signal: AbortSignal,
  what: () => string,
): Promise<Received> {
  let { url, method } = request;
  for (let redirects = 0; ; redirects++) {
    const init = {
      ...config.fetchOptions,
      ...request.fetchOptions,
      method,
      headers: request.headers,
      body,
      signal,
      redirect: "manual",
    };
    // Called as a plain function: a browser's fetch throws "Illegal invocation" on another `this`.
    const fetch = config.fetch;
    const response = await fetch(url, init as RequestInit);
    // Browsers hide where a redirect goes (an opaque redirect), so it cannot be checked.
    if (response.type === "opaqueredirect") {
      throw new SGPClientError(
        `${what()} was redirected, and this runtime hides where to: refused, so the API key cannot reach another origin. Set baseURL to the final address.`,
      );
    }
    // A Response built by hand (a custom fetch) has no url; messages and redirects need one.
    if (!response.url) Object.defineProperty(response, "url", { value: url });
    // The browser build has no redirect to follow: there, every redirect is opaque (above).
    const location =
      !(typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__) &&
      REDIRECT_STATUSES.has(response.status) &&
      response.headers.get("location");
    if (!location) {
      if (response.ok && request.bodyMode?.isRaw) return [response, undefined];
      try {
        return [response, await readBody(response, config.maxResponseSizeBytes)];
      } catch (error) {
        if (error instanceof BodyTooLarge) throw tooLarge(config, what(), response, error.length);
        throw error;
      }
    }
    if (!(typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__)) {
      const next = new URL(location, url);
      await response.body?.cancel();
      // fetch strips only `Authorization` on a cross-origin redirect, not `x-api-key`.
      const note =
        next.origin !== config.origin
          ? `It redirects to another origin (${next.origin}), not followed so that the API key is not sent there; if the API moved, set baseURL to its new address`
          : redirects === MAX_REDIRECTS && `More than ${MAX_REDIRECTS} redirects`;
      if (note) throw toAPIError(what(), response, undefined, config.redactor, note);
      // Fetch spec, HTTP-redirect fetch step 12: 303 makes a GET, and so do 301/302 after a POST.
      if (
        (response.status === 303 && method !== "HEAD") ||
        (response.status < 303 && method === "POST")
      ) {
        method = "GET";
        body = undefined;
      }
      if (config.log.isDebug) {
        config.log.debug(`${what()}: following a ${response.status} redirect to ${next.pathname}`);
      }
      url = next.href;
    }
  }
}
