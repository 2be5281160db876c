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
  statusLine,
  toAPIError,
} from "./errors.js";
import type { Log } from "./log.js";
import type { Fetch } from "./options.js";
import { decideRetry, type AttemptOutcome } from "./retry.js";

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** Everything a transport needs, resolved once per client. */
export interface TransportConfig {
  fetch: Fetch;
  fetchOptions: Record<string, unknown>;
  /** The only origin that may receive the request (and so the API key). */
  origin: string;
  timeoutMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  log: Log;
  /** Kept out of error bodies and headers should a server echo it. */
  secret: string;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/** A fetch for openapi-fetch: takes its Request, returns a fully read Response. */
export type Transport = (request: Request) => Promise<Response>;

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const TIMEOUT = Symbol("timeout");

/** The default {@link Sleep}: a timer that is cleared when the signal aborts. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
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

interface Target {
  method: string;
  path: string;
}

class AttemptTimeout extends Error {}

function abortError(target: Target): APIUserAbortError {
  return new APIUserAbortError(
    `${target.method} ${target.path} was aborted by the caller's signal.`,
  );
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const message = typeof cause?.message === "string" ? cause.message : (error as Error)?.message;
  return [code, message].filter(Boolean).join(": ") || "unknown error";
}

const JSON_CONTENT_TYPE_RE = /^application\/(?:[\w.+-]*\+)?json\b/i;

/**
 * A success whose body is not JSON (a proxy's or captive portal's HTML page) is an error, not
 * data: say so with an excerpt rather than let a JSON parser throw a bare SyntaxError later.
 */
function checkJsonBody(
  response: Response,
  body: ArrayBuffer,
  target: Target,
  secret: string,
): void {
  if (!response.ok || body.byteLength === 0) return;
  if (JSON_CONTENT_TYPE_RE.test(response.headers.get("content-type") ?? "")) return;
  const text = new TextDecoder().decode(body);
  try {
    JSON.parse(text);
  } catch {
    const type = response.headers.get("content-type") ?? "no content-type";
    throw toAPIError(
      {
        ...target,
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: text,
        note: `The response body is not JSON (${type}); expected a JSON API response. Is baseURL pointing at the API?`,
      },
      secret,
    );
  }
}

/**
 * The runtime's error, unless its text holds the API key (a custom fetch may quote headers):
 * then a copy with the key replaced, so that `cause` cannot leak it.
 */
function redactCause(error: unknown, secret: string): unknown {
  if (!(error instanceof Error)) return error;
  const text = `${error.message}\n${error.stack ?? ""}`;
  const cause = redactCause(error.cause, secret);
  if (!text.includes(secret) && cause === error.cause) return error;
  const copy = new Error(error.message.replaceAll(secret, "[redacted]"), { cause });
  copy.name = error.name;
  copy.stack = (error.stack ?? "").replaceAll(secret, "[redacted]");
  return copy;
}

/** Copies a response with its body fully read, so the attempt's timeout covered the read. */
async function readFully(response: Response, target: Target, secret: string): Promise<Response> {
  const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
  if (body) checkJsonBody(response, body, target, secret);
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
}

/** Fetch spec §4.4 step 12: 301/302 turn a POST into a GET, 303 turns anything but HEAD into one. */
function isMethodChangedToGet(status: number, method: string): boolean {
  return (
    (status === 303 && method !== "HEAD") ||
    ((status === 301 || status === 302) && method === "POST")
  );
}

async function fetchFollowingRedirects(
  config: TransportConfig,
  request: Request,
  body: ArrayBuffer | undefined,
  signal: AbortSignal,
  target: Target,
): Promise<Response> {
  let url = request.url;
  let method = request.method;
  let headers = request.headers;
  let currentBody = body;
  for (let redirects = 0; ; redirects++) {
    const init = {
      ...config.fetchOptions,
      method,
      headers,
      body: currentBody,
      signal,
      redirect: "manual",
    };
    const response = await config.fetch(url, init as RequestInit);
    // Browsers hide a redirect's target from fetch (an opaque redirect), so it cannot be checked.
    if (response.type === "opaqueredirect") {
      throw new SGPError(
        `${target.method} ${target.path} was redirected, and this runtime does not let the client see where to; ` +
          "the redirect is refused so that the API key cannot reach another origin. Set baseURL to the final address.",
      );
    }
    const location = response.headers.get("location");
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    const next = new URL(location, url);
    // fetch strips only `Authorization` on a cross-origin redirect, not `x-api-key`.
    const note =
      next.origin !== config.origin
        ? `It redirects to another origin (${next.origin}), which is not followed so that the API key is not sent there. If the API moved, set baseURL to its new address`
        : redirects >= MAX_REDIRECTS
          ? `More than ${MAX_REDIRECTS} redirects; not followed further`
          : undefined;
    await response.body?.cancel();
    if (note) {
      throw toAPIError(
        {
          ...target,
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          body: undefined,
          note,
        },
        config.secret,
      );
    }
    if (isMethodChangedToGet(response.status, method)) {
      method = "GET";
      currentBody = undefined;
      headers = new Headers(headers);
      headers.delete("content-type");
      headers.delete("content-length");
    }
    config.log.debug(
      `${target.method} ${target.path}: following ${response.status} redirect to ${next.pathname}`,
    );
    url = next.href;
  }
}

async function attempt(
  config: TransportConfig,
  request: Request,
  body: ArrayBuffer | undefined,
  target: Target,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMEOUT), config.timeoutMs);
  const userSignal = request.signal;
  const onUserAbort = (): void => controller.abort(userSignal.reason);
  userSignal.addEventListener("abort", onUserAbort, { once: true });
  try {
    const response = await fetchFollowingRedirects(
      config,
      request,
      body,
      controller.signal,
      target,
    );
    return await readFully(response, target, config.secret);
  } catch (error) {
    if (userSignal.aborted) throw abortError(target);
    if (controller.signal.reason === TIMEOUT) throw new AttemptTimeout();
    throw error;
  } finally {
    clearTimeout(timer);
    userSignal.removeEventListener("abort", onUserAbort);
  }
}

/** Builds the transport for one client (or one request's overrides). */
export function createTransport(config: TransportConfig): Transport {
  const { log } = config;
  return async (request) => {
    const url = new URL(request.url);
    const target = { method: request.method, path: url.pathname };
    if (url.origin !== config.origin) {
      throw new SGPError(
        `${target.method} ${target.path}: refusing to send the API key to ${url.origin}, which is not the client's baseURL origin (${config.origin}).`,
      );
    }
    if (request.signal.aborted) throw abortError(target);
    const body = request.body === null ? undefined : await request.arrayBuffer();
    for (let retriesDone = 0; ; retriesDone++) {
      const startedMs = config.now();
      let outcome: AttemptOutcome;
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await attempt(config, request, body, target);
        outcome = { kind: "response", status: response.status, headers: response.headers };
      } catch (error) {
        if (error instanceof SGPError) throw error;
        failure = redactCause(error, config.secret);
        outcome = { kind: error instanceof AttemptTimeout ? "timeout" : "connection-error" };
      }
      const endedMs = config.now();
      const decision =
        response?.ok === true
          ? ({ retry: false, reason: "not-retryable" } as const)
          : decideRetry({
              outcome,
              retriesDone,
              maxRetries: config.maxRetries,
              maxRetryDelayMs: config.maxRetryDelayMs,
              nowMs: endedMs,
              random: config.random(),
            });
      if (log.isDebug) {
        const result = response
          ? statusLine(response.status, response.statusText)
          : outcome.kind === "timeout"
            ? `timed out after ${config.timeoutMs} ms`
            : `connection error (${describeCause(failure)})`;
        const requestId = response && readRequestId(response.headers);
        const next = decision.retry
          ? `; retrying in ${Math.round(decision.delayMs)} ms`
          : decision.reason === "wait-too-long"
            ? `; server asked to wait ${Math.round(decision.requestedDelayMs)} ms, more than maxRetryDelay (${config.maxRetryDelayMs} ms): not retrying`
            : "";
        log.debug(
          `${target.method} ${request.url} attempt ${retriesDone + 1}/${config.maxRetries + 1}: ${result} in ${Math.round(endedMs - startedMs)} ms` +
            `${requestId ? ` (request id ${requestId})` : ""}${next}`,
        );
      }
      if (decision.retry) {
        try {
          await config.sleep(decision.delayMs, request.signal);
        } catch {
          throw abortError(target);
        }
        continue;
      }
      if (response) return response;
      const attempts = `${retriesDone + 1} attempt${retriesDone ? "s" : ""}`;
      if (outcome.kind === "timeout") {
        throw new APIConnectionTimeoutError(
          `${target.method} ${target.path} timed out after ${config.timeoutMs} ms (${attempts}). Raise \`timeout\` or check the network.`,
        );
      }
      throw new APIConnectionError(
        `${target.method} ${target.path} failed: could not get a response from ${url.host} (${describeCause(failure)}; ${attempts}).`,
        { cause: failure },
      );
    }
  };
}
