/**
 * The fetch handed to openapi-fetch: per-attempt timeout (body included), retries, and redirects
 * that never carry the API key to another origin. Every timer of the client lives here.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  SGPError,
  readRequestId,
  toAPIError,
} from "./errors.js";
import type { Log } from "./log.js";
import type { Fetch } from "./options.js";
import { decideRetry } from "./retry.js";

/** Waits `ms`, or rejects when the signal aborts first. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** Everything a transport needs, resolved once per client. */
export interface TransportConfig {
  fetch: Fetch;
  fetchOptions: Record<string, unknown>;
  /** The only origin that may receive the request, and so the API key. */
  origin: string;
  timeoutMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  log: Log;
  /** The API key, kept out of errors should a server or runtime echo it. */
  secret: string;
  sleep: Sleep;
  random: () => number;
  now: () => number;
  /** Whether a success must come back with a readable body (openapi-fetch parses it). */
  isCopyNeeded: boolean;
}

/** A fetch for openapi-fetch: takes its Request, returns a fully read Response. */
export type Transport = (request: Request) => Promise<Response>;

const MAX_REDIRECTS = 5;

/** The default {@link Sleep}: a timer that is cleared when the signal aborts. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });

/**
 * The runtime's error, unless its text holds the API key (a custom fetch may quote headers):
 * then a copy with the key replaced, so that `cause` cannot leak it.
 */
function redactCause(error: unknown, secret: string): unknown {
  if (!(error instanceof Error)) return error;
  const cause = redactCause(error.cause, secret);
  if (!`${error.message}${error.stack}`.includes(secret) && cause === error.cause) return error;
  const copy = new Error(error.message.replaceAll(secret, "[redacted]"), { cause });
  copy.name = error.name;
  copy.stack = String(error.stack).replaceAll(secret, "[redacted]");
  return copy;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [cause?.code, cause?.message ?? (error as Error).message].filter(Boolean).join(": ");
}

const bodies = new WeakMap<Response, string>();

/** The body text the transport read for `response`, without reading its stream again. */
export function bodyTextOf(response: Response): string | undefined {
  return bodies.get(response);
}

/**
 * Reads the body fully, so that the attempt's timeout covers the read and a reset mid-body is
 * retried. A success goes back as it is when `isCopyNeeded` is false (`create` reads the text
 * with {@link bodyTextOf}, saving a copy per call); otherwise as a copy whose body can be read.
 */
async function readFully(response: Response, isCopyNeeded: boolean): Promise<Response> {
  // 204, 205 and 304 cannot have a body (Fetch spec: null body status).
  const isNullBody = [204, 205, 304].includes(response.status);
  const text = isNullBody ? "" : await response.text();
  let result = response;
  if (isCopyNeeded || !response.ok) {
    result = new Response(isNullBody ? null : text, response);
    Object.defineProperty(result, "url", { value: response.url });
  }
  bodies.set(result, text);
  return result;
}

async function fetchFollowingRedirects(
  config: TransportConfig,
  request: Request,
  body: ArrayBuffer | undefined,
  signal: AbortSignal,
  what: string,
): Promise<Response> {
  let { url, method, headers } = request;
  const { fetch } = config;
  for (let redirects = 0; ; redirects++) {
    const init = { ...config.fetchOptions, method, headers, body, signal, redirect: "manual" };
    // Called as a plain function: a browser's fetch throws "Illegal invocation" on another `this`.
    const response = await fetch(url, init as RequestInit);
    // Browsers hide where a redirect goes (an opaque redirect), so it cannot be checked.
    if (response.type === "opaqueredirect") {
      throw new SGPError(
        `${what} was redirected, and this runtime hides where to; redirects are refused so that the API key cannot reach another origin. Set baseURL to the final address.`,
      );
    }
    const location = response.headers.get("location");
    if (!/^30[12378]$/.test(String(response.status)) || location === null)
      return readFully(response, config.isCopyNeeded);
    const next = new URL(location, url);
    await response.body?.cancel();
    // fetch strips only `Authorization` on a cross-origin redirect, not `x-api-key`.
    const note =
      next.origin !== config.origin
        ? `It redirects to another origin (${next.origin}), not followed so that the API key is not sent there; if the API moved, set baseURL to its new address`
        : redirects === MAX_REDIRECTS && `More than ${MAX_REDIRECTS} redirects`;
    if (note)
      throw toAPIError(
        {
          what,
          response,
          body: undefined,
          note,
        },
        config.secret,
      );
    // Fetch spec, HTTP-redirect fetch step 12: 303 makes a GET, and so do 301/302 after a POST.
    if (
      (response.status === 303 && method !== "HEAD") ||
      (response.status < 303 && method === "POST")
    ) {
      method = "GET";
      body = undefined;
    }
    config.log.debug(`${what}: following a ${response.status} redirect to ${next.pathname}`);
    url = next.href;
  }
}

/** Builds the transport for one client, or one request's overrides. */
export function createTransport(config: TransportConfig): Transport {
  const { log, secret } = config;
  return async (request) => {
    const url = new URL(request.url);
    const what = `${request.method} ${url.pathname}`;
    if (url.origin !== config.origin) {
      throw new SGPError(
        `${what}: refusing to send the API key to ${url.origin}, which is not baseURL's origin (${config.origin}).`,
      );
    }
    const { signal } = request;
    const body = request.body ? await request.arrayBuffer() : undefined;
    for (let retriesDone = 0; ; retriesDone++) {
      if (signal.aborted)
        throw new APIUserAbortError(`${what} was aborted by the caller's signal.`);
      const startedMs = config.now();
      const controller = new AbortController();
      const onAbort = (): void => controller.abort();
      let isTimeout = false;
      const timer = setTimeout(() => {
        isTimeout = true;
        controller.abort();
      }, config.timeoutMs);
      signal.addEventListener("abort", onAbort);
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await fetchFollowingRedirects(config, request, body, controller.signal, what);
      } catch (error) {
        if (error instanceof SGPError || signal.aborted) {
          throw signal.aborted
            ? new APIUserAbortError(`${what} was aborted by the caller's signal.`)
            : error;
        }
        failure = redactCause(error, secret);
      } finally {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
      }
      const endedMs = config.now();
      const decision = response?.ok
        ? undefined
        : decideRetry({
            outcome: response ?? (isTimeout ? "timeout" : "connection-error"),
            retriesDone,
            maxRetries: config.maxRetries,
            maxRetryDelayMs: config.maxRetryDelayMs,
            nowMs: endedMs,
            random: config.random(),
          });
      const wait = decision && !decision.retry && decision.requestedDelayMs;
      if (log.isDebug) {
        const result = response
          ? `${response.status} ${response.statusText}`.trimEnd()
          : isTimeout
            ? `timed out after ${config.timeoutMs} ms`
            : `connection error (${describeCause(failure)})`;
        const requestId = response && readRequestId(response.headers);
        log.debug(
          `${request.method} ${request.url} attempt ${retriesDone + 1}/${config.maxRetries + 1}: ${result} in ${endedMs - startedMs} ms` +
            (requestId ? ` (request id ${requestId})` : "") +
            (decision?.retry ? `; retrying in ${Math.round(decision.delayMs)} ms` : "") +
            (wait
              ? `; the server asked to wait ${wait} ms, more than maxRetryDelay (${config.maxRetryDelayMs} ms): not retrying`
              : ""),
        );
      }
      if (decision?.retry) {
        await config.sleep(decision.delayMs, signal).catch(() => undefined);
        continue;
      }
      if (wait && response) {
        // readFully kept the text; the body need not be read again.
        const text = bodies.get(response) ?? "";
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        const note = `The server asked to wait ${Math.ceil(wait / 1000)} s before retrying, longer than maxRetryDelay (${Math.ceil(config.maxRetryDelayMs / 1000)} s), so it was not retried`;
        throw toAPIError({ what, response, body: parsed, note }, secret);
      }
      if (response) return response;
      const attempts = `${retriesDone + 1} attempt${retriesDone ? "s" : ""}`;
      throw isTimeout
        ? new APIConnectionTimeoutError(
            `${what} timed out after ${config.timeoutMs} ms (${attempts}). Raise \`timeout\` or check the network.`,
          )
        : new APIConnectionError(
            `${what} failed: no response from ${url.host} (${describeCause(failure)}; ${attempts}).`,
            { cause: failure },
          );
    }
  };
}
