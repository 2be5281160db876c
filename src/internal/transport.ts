/**
 * The transport: the `fetch` handed to openapi-fetch, and the only code that sends a request.
 * Per-attempt timeout (reading the body included), retries, and redirects that never carry the
 * API key to another origin. Every timer of the client lives here.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  SGPClientError,
} from "../core/errors.js";
import type { Fetch } from "../core/options.js";
import { toAPIError } from "./api-error.js";
import { parseBody, readRequestId } from "./body.js";
import type { Log } from "./log.js";
import type {} from "./platform.js";
import { redact } from "./redact.js";
import { describeRequest, LightRequest, type ClientRequest } from "./request.js";
import { decideRetry } from "./retry.js";

/** Waits `ms`, or rejects when the signal aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Everything a transport needs, resolved once per client. */
export interface TransportConfig {
  fetch: Fetch;
  fetchOptions: Record<string, unknown>;
  /** The only origin that may receive the request, and so the API key. */
  origin: string;
  /** The client's defaults, which a request's `timeout` and `maxRetries` override. */
  timeoutMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  log: Log;
  /** The API key, kept out of errors should a server or runtime echo it. */
  secret: string;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/** The transport, as openapi-fetch calls it. */
export type Transport = (request: ClientRequest) => Promise<Response>;

const MAX_REDIRECTS = 5;
// The statuses fetch follows (Fetch spec, redirect status); the others are answers.
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The default {@link Sleep}: a timer that is cleared when the signal aborts. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [cause?.code, cause?.message ?? (error as Error).message].filter(Boolean).join(": ");
}

/**
 * Makes `text()`, `json()` and `clone()` of a response whose body the transport read serve
 * `text`, instead of building a second Response (read other forms from a clone).
 */
function keepBody(response: Response, text: string): Response {
  const kept = response as { -readonly [K in keyof Response]: Response[K] };
  kept.text = () => Promise.resolve(text);
  kept.json = async () => JSON.parse(text) as unknown;
  kept.clone = () => {
    // An empty body is null: 204, 205 and 304 cannot have one (Fetch spec: null body status).
    const copy = new Response(text || null, response);
    return Object.defineProperty(copy, "url", { value: response.url });
  };
  return response;
}

/**
 * One attempt: fetches, follows same-origin redirects, and reads the body in full, so that the
 * attempt's timeout covers the read and a reset mid-body is retried.
 */
async function fetchFollowingRedirects(
  config: TransportConfig,
  request: ClientRequest,
  body: BodyInit | null | undefined,
  signal: AbortSignal,
  what: () => string,
): Promise<[Response, string]> {
  let { url, method } = request;
  for (let redirects = 0; ; redirects++) {
    const init = {
      ...config.fetchOptions,
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
    if (!location) return [response, await response.text()];
    if (!(typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__)) {
      const next = new URL(location, url);
      await response.body?.cancel();
      // fetch strips only `Authorization` on a cross-origin redirect, not `x-api-key`.
      const note =
        next.origin !== config.origin
          ? `It redirects to another origin (${next.origin}), not followed so that the API key is not sent there; if the API moved, set baseURL to its new address`
          : redirects === MAX_REDIRECTS && `More than ${MAX_REDIRECTS} redirects`;
      if (note) throw toAPIError(what(), response, undefined, config.secret, note);
      // Fetch spec, HTTP-redirect fetch step 12: 303 makes a GET, and so do 301/302 after a POST.
      if (
        (response.status === 303 && method !== "HEAD") ||
        (response.status < 303 && method === "POST")
      ) {
        method = "GET";
        body = undefined;
      }
      config.log.debug(`${what()}: following a ${response.status} redirect to ${next.pathname}`);
      url = next.href;
    }
  }
}

/** Builds the transport of one client. */
export function createTransport(config: TransportConfig): Transport {
  const { log, secret, origin } = config;
  const prefix = `${origin}/`;
  return async (request) => {
    const { signal, url, method } = request;
    const what = (): string => describeRequest(method, url);
    // A path like `@host/…` or a per-request baseUrl would move the request, and the key.
    if (!url.startsWith(prefix)) {
      throw new SGPClientError(
        `${what()}: refusing to send the API key to ${new URL(url).origin}, which is not baseURL's origin (${origin}).`,
      );
    }
    const timeoutMs = request.timeout ?? config.timeoutMs;
    const maxRetries = request.maxRetries ?? config.maxRetries;
    // A runtime's Request (when middleware runs) holds its body as a stream: read it once, so
    // that every attempt sends it whole.
    const body =
      request instanceof LightRequest || !request.body
        ? (request.body as BodyInit | null | undefined)
        : await (request as Request).arrayBuffer();
    const aborted = (): APIUserAbortError =>
      new APIUserAbortError(`${what()} was aborted by the caller's signal.`, {
        cause: signal?.reason,
      });
    for (let retriesDone = 0; ; retriesDone++) {
      if (signal?.aborted) throw aborted();
      const startedMs = config.now();
      const controller = new AbortController();
      const onAbort = (): void => controller.abort();
      let isTimeout = false;
      const timer = setTimeout(() => {
        isTimeout = true;
        controller.abort();
      }, timeoutMs);
      signal?.addEventListener("abort", onAbort);
      let received: [Response, string] | undefined;
      let failure: unknown;
      try {
        received = await fetchFollowingRedirects(config, request, body, controller.signal, what);
      } catch (error) {
        if (signal?.aborted) throw aborted();
        if (error instanceof SGPClientError) throw error;
        failure = redact(error, secret);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }
      const response = received?.[0];
      const endedMs = config.now();
      const decision = response?.ok
        ? undefined
        : decideRetry({
            outcome: response ?? (isTimeout ? "timeout" : "connection-error"),
            retriesDone,
            maxRetries,
            maxRetryDelayMs: config.maxRetryDelayMs,
            nowMs: endedMs,
            random: config.random(),
          });
      const wait = decision && !decision.retry && decision.requestedDelayMs;
      if (log.isDebug) {
        const result = response
          ? `${response.status} ${response.statusText}`.trimEnd()
          : isTimeout
            ? `timed out after ${timeoutMs} ms`
            : `connection error (${describeCause(failure)})`;
        const requestId = response && readRequestId(response.headers);
        log.debug(
          `${method} ${url} attempt ${retriesDone + 1}/${maxRetries + 1}: ${result} in ${endedMs - startedMs} ms` +
            (requestId ? ` (request id ${requestId})` : "") +
            (decision?.retry ? `; retrying in ${Math.round(decision.delayMs)} ms` : "") +
            (wait
              ? `; the server asked to wait ${wait} ms, more than maxRetryDelay (${config.maxRetryDelayMs} ms): not retrying`
              : ""),
        );
      }
      if (decision?.retry) {
        await config.sleep(decision.delayMs, signal ?? undefined).catch(() => undefined);
        continue;
      }
      if (received) {
        const [final, text] = received;
        if (wait) {
          const note = `The server asked to wait ${Math.ceil(wait / 1000)} s before retrying, longer than maxRetryDelay (${Math.ceil(config.maxRetryDelayMs / 1000)} s), so it was not retried`;
          throw toAPIError(what(), final, parseBody(text), secret, note);
        }
        return keepBody(final, text);
      }
      const attempts = `${retriesDone + 1} attempt${retriesDone ? "s" : ""}`;
      throw isTimeout
        ? new APIConnectionTimeoutError(
            `${what()} timed out after ${timeoutMs} ms (${attempts}). Raise \`timeout\` or check the network.`,
          )
        : new APIConnectionError(
            `${what()} failed: no response from ${new URL(url).host} (${describeCause(failure)}; ${attempts}).`,
            { cause: failure },
          );
    }
  };
}
