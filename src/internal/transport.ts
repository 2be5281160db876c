/**
 * The transport: the `fetch` handed to openapi-fetch, and the only code that sends a request.
 * Per-attempt timeout (reading the body included), retries, redirects that never carry the API
 * key to another origin (attempt.ts), and the log of each attempt. Every timer of the client
 * lives here.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  SGPClientError,
} from "../core/errors.js";
import type { LogFields } from "../core/options.js";
import { toAPIError } from "./api-error.js";
import { runAttempt, type AttemptConfig, type Received } from "./attempt.js";
import { keepBody, parseBody, readRequestId } from "./body.js";
import { describeRequest, LightRequest, type ClientRequest } from "./request.js";
import { decideRetry, type RetryDecision } from "./retry.js";

/** Waits `ms`, or rejects when the signal aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Everything a transport needs, resolved once per client. */
export interface TransportConfig extends AttemptConfig {
  /** The client's defaults, which a request's `timeout` and `maxRetries` override. */
  timeoutMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/** The transport, as openapi-fetch calls it. */
export type Transport = (request: ClientRequest) => Promise<Response>;

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

// What fetch refuses before any I/O (undici: a blocked port, an unknown scheme, a URL it cannot
// parse): the same request would be refused again, so it is not retried.
const REFUSALS = new Set(["bad port", "unknown scheme"]);
function isRefusal(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  return REFUSALS.has(cause?.message as string) || cause?.code === "ERR_INVALID_URL";
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [cause?.code, cause?.message ?? (error as Error).message].filter(Boolean).join(": ");
}

/** How an attempt ended, in words, for a log line: escaped, and without the key. */
function outcomeOf(
  received: Received | undefined,
  isTimeout: boolean,
  timeoutMs: number,
  failure: string,
): string {
  const response = received?.[0];
  if (response) return `${response.status} ${response.statusText}`.trimEnd();
  return isTimeout ? `timed out after ${timeoutMs} ms` : `connection error (${failure})`;
}

/** Builds the transport of one client. */
export function createTransport(config: TransportConfig): Transport {
  const { log, redactor, origin } = config;
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
      if (log.isDebug) {
        const fields = { method, url, attempt: retriesDone + 1, attempts: maxRetries + 1 };
        log.debug(`${method} ${url} attempt ${fields.attempt}/${fields.attempts}: sending`, {
          ...fields,
          headers: redactor.headersForLog(request.headers),
        });
      }
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
        received = await runAttempt(config, request, body, controller.signal, what);
      } catch (error) {
        if (signal?.aborted) throw aborted();
        if (error instanceof SGPClientError) throw error;
        failure = redactor.error(error);
      } finally {
        clearTimeout(timer);
        // A body left for the caller stays abortable by the caller's signal.
        if (!(received && received[1] === undefined)) signal?.removeEventListener("abort", onAbort);
      }
      const response = received?.[0];
      const endedMs = config.now();
      const decision: RetryDecision | undefined = response?.ok
        ? undefined
        : decideRetry({
            outcome:
              response ??
              (isTimeout ? "timeout" : isRefusal(failure) ? "refused" : "connection-error"),
            retriesDone,
            maxRetries,
            maxRetryDelayMs: config.maxRetryDelayMs,
            nowMs: endedMs,
            random: config.random(),
          });
      const wait = decision && !decision.retry && decision.requestedDelayMs;
      // Only what a line will be written for is formatted.
      if (log.isDebug || (log.isInfo && (decision?.retry || wait))) {
        const outcome = redactor.text(
          outcomeOf(received, isTimeout, timeoutMs, failure ? describeCause(failure) : ""),
        );
        const requestId = response && readRequestId(response.headers);
        const fields: LogFields = {
          method,
          url,
          attempt: retriesDone + 1,
          attempts: maxRetries + 1,
          ...(response && {
            status: response.status,
            requestId: requestId && redactor.text(requestId),
          }),
          durationMs: endedMs - startedMs,
        };
        const attempt = `${method} ${url} attempt ${fields.attempt}/${fields.attempts}`;
        if (log.isDebug) {
          const id = fields.requestId ? ` (request id ${fields.requestId})` : "";
          log.debug(`${attempt}: ${outcome} in ${fields.durationMs} ms${id}`, {
            ...fields,
            ...(response && { headers: redactor.headersForLog(response.headers) }),
          });
        }
        if (decision?.retry) {
          const delayMs = Math.round(decision.delayMs);
          log.info(`${attempt} failed (${outcome}); retrying in ${delayMs} ms`, {
            ...fields,
            delayMs,
            reason: outcome,
          });
        } else if (wait) {
          log.info(
            `${attempt}: ${outcome}, and the server asked to wait ${wait} ms, more than maxRetryDelay (${config.maxRetryDelayMs} ms): not retrying`,
            { ...fields, delayMs: wait, reason: outcome },
          );
        }
      }
      if (decision?.retry) {
        await config.sleep(decision.delayMs, signal ?? undefined).catch(() => undefined);
        continue;
      }
      if (received) {
        const [final, text] = received;
        if (text === undefined) return final;
        if (wait) {
          const note = `The server asked to wait ${Math.ceil(wait / 1000)} s before retrying, longer than maxRetryDelay (${Math.ceil(config.maxRetryDelayMs / 1000)} s), so it was not retried`;
          throw toAPIError(what(), final, parseBody(text), redactor, note);
        }
        return keepBody(final, text);
      }
      const attempts = `${retriesDone + 1} attempt${retriesDone ? "s" : ""}`;
      throw isTimeout
        ? new APIConnectionTimeoutError(
            `${what()} timed out after ${timeoutMs} ms (${attempts}). Raise \`timeout\` or check the network.`,
          )
        : new APIConnectionError(
            `${what()} failed: no response from ${new URL(url).host} (${redactor.text(describeCause(failure))}; ${attempts}).`,
            { cause: failure },
          );
    }
  };
}
