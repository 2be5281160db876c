/**
 * Retry policy, pure: given what happened to an attempt, should the request be tried again, and
 * after how long. No I/O and no timers here; transport.ts owns both.
 */

/** What one attempt ended with. */
export type AttemptOutcome =
  | { kind: "response"; status: number; headers: Headers }
  | { kind: "timeout" }
  | { kind: "connection-error" };

/** The policy's answer. */
export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: "not-retryable" | "exhausted" }
  /** The server asked to wait longer than `maxRetryDelayMs`: fail now and say so. */
  | { retry: false; reason: "wait-too-long"; requestedDelayMs: number };

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

const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
const MAX_JITTER = 0.25;

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms` first, then `Retry-After` as
 * seconds or as an HTTP-date (RFC 9110 §10.2.3). Undefined when absent or unreadable.
 */
export function requestedDelayMs(headers: Headers, nowMs: number): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers.get("retry-after")?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const dateMs = Date.parse(retryAfter);
  return Number.isNaN(dateMs) ? undefined : Math.max(0, dateMs - nowMs);
}

/** The default wait before retry number `retriesDone + 1`: 0.5 s doubling to 8 s, minus ≤ 25 % jitter. */
export function backoffDelayMs(retriesDone: number, random: number): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retriesDone, MAX_BACKOFF_MS);
  return base * (1 - MAX_JITTER * random);
}

function shouldRetry(outcome: AttemptOutcome): boolean {
  if (outcome.kind !== "response") return true;
  // The server's own say wins (x-should-retry, as the official SDKs honour it).
  const override = outcome.headers.get("x-should-retry");
  if (override === "true") return true;
  if (override === "false") return false;
  return isRetryableStatus(outcome.status);
}

/** Decides whether to retry after an attempt, and after how long. */
export function decideRetry(input: RetryInput): RetryDecision {
  const { outcome } = input;
  if (!shouldRetry(outcome)) return { retry: false, reason: "not-retryable" };
  const requested =
    outcome.kind === "response" ? requestedDelayMs(outcome.headers, input.nowMs) : undefined;
  if (requested !== undefined && requested > input.maxRetryDelayMs) {
    return { retry: false, reason: "wait-too-long", requestedDelayMs: requested };
  }
  if (input.retriesDone >= input.maxRetries) return { retry: false, reason: "exhausted" };
  return { retry: true, delayMs: requested ?? backoffDelayMs(input.retriesDone, input.random) };
}
