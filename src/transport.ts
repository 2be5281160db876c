/**
 * Sends a request: per-attempt timeout (body included), retries, and redirects that never carry
 * the API key to another origin. `create` calls it directly; `client.POST` through openapi-fetch
 * (post.ts). Every timer of the client lives here.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  SGPError,
  parseBody,
  readRequestId,
  toAPIError,
} from "./errors.js";
import type { Log } from "./log.js";
import type { Fetch } from "./options.js";
import { decideRetry } from "./retry.js";

/** Waits `ms`, or rejects when the signal aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Everything a transport needs, resolved once per client. */
export interface TransportConfig {
  fetch: Fetch;
  fetchOptions: Record<string, unknown>;
  /** The only origin that may receive the request, and so the API key. */
  origin: string;
  maxRetryDelayMs: number;
  log: Log;
  /** The API key, kept out of errors should a server or runtime echo it. */
  secret: string;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/** One request, as the transport sends it on every attempt. */
export interface Outgoing {
  method: string;
  url: string;
  /** The request in the caller's terms, for messages: `POST /v4/model-groups/g/models/m`. */
  what: string;
  headers: Headers;
  body?: ArrayBuffer | undefined;
  /** The caller's signal: aborts an attempt or a wait between attempts. */
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
}

/** The final response, whatever its status, and its body text, read in full. */
export interface Received {
  response: Response;
  text: string;
}

/** Sends one request, retrying as the policy says. */
export type Send = (outgoing: Outgoing) => Promise<Received>;

const MAX_REDIRECTS = 5;

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

/**
 * One attempt: fetches, follows same-origin redirects, and reads the body in full, so that the
 * attempt's timeout covers the read and a reset mid-body is retried.
 */
async function fetchFollowingRedirects(
  config: TransportConfig,
  outgoing: Outgoing,
  signal: AbortSignal,
  what: string,
): Promise<Received> {
  let { url, method, body } = outgoing;
  for (let redirects = 0; ; redirects++) {
    const init = {
      ...config.fetchOptions,
      method,
      headers: outgoing.headers,
      body,
      signal,
      redirect: "manual",
    };
    // Called as a plain function: a browser's fetch throws "Illegal invocation" on another `this`.
    const fetch = config.fetch;
    const response = await fetch(url, init as RequestInit);
    // Browsers hide where a redirect goes (an opaque redirect), so it cannot be checked.
    if (response.type === "opaqueredirect") {
      throw new SGPError(
        `${what} was redirected, and this runtime hides where to; redirects are refused so that the API key cannot reach another origin. Set baseURL to the final address.`,
      );
    }
    const location = response.headers.get("location");
    if (!/^30[12378]$/.test(String(response.status)) || location === null)
      return { response, text: await response.text() };
    const next = new URL(location, url);
    await response.body?.cancel();
    // fetch strips only `Authorization` on a cross-origin redirect, not `x-api-key`.
    const note =
      next.origin !== config.origin
        ? `It redirects to another origin (${next.origin}), not followed so that the API key is not sent there; if the API moved, set baseURL to its new address`
        : redirects === MAX_REDIRECTS && `More than ${MAX_REDIRECTS} redirects`;
    if (note) throw toAPIError({ what, response, body: undefined, note }, config.secret);
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

/** Builds the {@link Send} of one client. */
export function createTransport(config: TransportConfig): Send {
  const { log, secret } = config;
  return async (outgoing) => {
    const { signal, timeoutMs, maxRetries, what } = outgoing;
    for (let retriesDone = 0; ; retriesDone++) {
      if (signal?.aborted)
        throw new APIUserAbortError(`${what} was aborted by the caller's signal.`);
      const startedMs = config.now();
      const controller = new AbortController();
      const onAbort = (): void => controller.abort();
      let isTimeout = false;
      const timer = setTimeout(() => {
        isTimeout = true;
        controller.abort();
      }, timeoutMs);
      signal?.addEventListener("abort", onAbort);
      let received: Received | undefined;
      let failure: unknown;
      try {
        received = await fetchFollowingRedirects(config, outgoing, controller.signal, what);
      } catch (error) {
        if (error instanceof SGPError || signal?.aborted) {
          throw signal?.aborted
            ? new APIUserAbortError(`${what} was aborted by the caller's signal.`)
            : error;
        }
        failure = redactCause(error, secret);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }
      const response = received?.response;
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
          `${outgoing.method} ${outgoing.url} attempt ${retriesDone + 1}/${maxRetries + 1}: ${result} in ${endedMs - startedMs} ms` +
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
      if (wait && received) {
        const note = `The server asked to wait ${Math.ceil(wait / 1000)} s before retrying, longer than maxRetryDelay (${Math.ceil(config.maxRetryDelayMs / 1000)} s), so it was not retried`;
        throw toAPIError(
          { what, response: received.response, body: parseBody(received.text), note },
          secret,
        );
      }
      if (received) return received;
      const attempts = `${retriesDone + 1} attempt${retriesDone ? "s" : ""}`;
      throw isTimeout
        ? new APIConnectionTimeoutError(
            `${what} timed out after ${timeoutMs} ms (${attempts}). Raise \`timeout\` or check the network.`,
          )
        : new APIConnectionError(
            `${what} failed: no response from ${new URL(outgoing.url).host} (${describeCause(failure)}; ${attempts}).`,
            { cause: failure },
          );
    }
  };
}
