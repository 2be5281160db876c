/**
 * Retry policy, pure: given how an attempt ended, should the request be tried again, and after
 * how long. No I/O and no timers here; transport.ts owns both.
 */

/** How one attempt ended: a response, or no response at all. */
export type AttemptOutcome = { status: number; headers: Headers } | "timeout" | "connection-error";

/** The policy's answer. `requestedDelayMs` is set when the server asked to wait too long. */
export type RetryDecision =
  { retry: true; delayMs: number } | { retry: false; requestedDelayMs?: number };

export interface RetryInput {
  outcome: AttemptOutcome;
  /** Retries already made for this request (0 after the first attempt). */
  retriesDone: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  /** Now, in epoch milliseconds, to read an HTTP-date `Retry-After`. */
  nowMs: number;
  /** A number in [0, 1), for jitter. */
  random: number;
}

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms` first, then `Retry-After` as
 * seconds or as an HTTP-date (RFC 9110 §10.2.3). Undefined when absent or unreadable.
 */
export function requestedDelayMs(headers: Headers, nowMs: number): number | undefined {
  const ms = Number(headers.get("retry-after-ms") || NaN);
  if (ms >= 0) return ms;
  const retryAfter = headers.get("retry-after")?.trim() ?? "";
  const seconds = /^\d+(\.\d+)?$/.test(retryAfter) ? Number(retryAfter) : NaN;
  const dateMs = Date.parse(retryAfter);
  return seconds >= 0 ? seconds * 1000 : dateMs ? Math.max(0, dateMs - nowMs) : undefined;
}

/** The default wait before retry number `retriesDone + 1`: 0.5 s doubling to 8 s, minus ≤ 25 % jitter. */
export function backoffDelayMs(retriesDone: number, random: number): number {
  return Math.min(500 * 2 ** retriesDone, 8000) * (1 - 0.25 * random);
}

/** Decides whether to retry after an attempt, and after how long. */
export function decideRetry({
  outcome,
  retriesDone,
  maxRetries,
  maxRetryDelayMs,
  nowMs,
  random,
}: RetryInput): RetryDecision {
  if (typeof outcome === "object") {
    // The server's own say wins (x-should-retry, as the official SDKs honour it).
    const override = outcome.headers.get("x-should-retry");
    const { status } = outcome;
    const isRetryable = override
      ? override === "true"
      : status === 408 || status === 409 || status === 429 || status >= 500;
    if (!isRetryable) return { retry: false };
    const requested = requestedDelayMs(outcome.headers, nowMs);
    if (requested! > maxRetryDelayMs) return { retry: false, requestedDelayMs: requested! };
    if (retriesDone < maxRetries)
      return { retry: true, delayMs: requested ?? backoffDelayMs(retriesDone, random) };
  } else if (retriesDone < maxRetries) {
    return { retry: true, delayMs: backoffDelayMs(retriesDone, random) };
  }
  return { retry: false };
}
