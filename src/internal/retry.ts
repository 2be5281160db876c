/**
 * Retry policy, pure: given how an attempt ended, should the request be tried again, and after
 * how long. No I/O and no timers here; transport.ts owns both.
 */

/**
 * How one attempt ended: a response, or no response at all. `refused` is an error no retry can
 * fix: fetch's own refusal (a blocked port, an unknown scheme) or a body over the size limit.
 */
export type AttemptOutcome =
  { status: number; headers: Headers } | "timeout" | "connection-error" | "refused";

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

const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const TIME = "\\d\\d:\\d\\d:\\d\\d";
// RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must accept.
const IMF_FIXDATE_RE = new RegExp(`^${DAY}, \\d\\d ${MONTH} \\d{4} ${TIME} GMT$`);
const RFC850_DATE_RE = new RegExp(`^${DAY}[a-z]{0,6}, \\d\\d-${MONTH}-\\d\\d ${TIME} GMT$`);
const ASCTIME_DATE_RE = new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`);

/** An HTTP-date as epoch milliseconds; NaN for anything else (`Date.parse` takes "-5" as a year). */
function parseHTTPDate(text: string): number {
  if (IMF_FIXDATE_RE.test(text) || RFC850_DATE_RE.test(text)) return Date.parse(text);
  // asctime has no zone; HTTP-dates are UTC, and Date.parse would read it as local time.
  return ASCTIME_DATE_RE.test(text) ? Date.parse(`${text} GMT`) : NaN;
}

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms` first, then `Retry-After`,
 * each only as a non-negative whole number (of milliseconds; of seconds) or, for `Retry-After`,
 * an HTTP-date (RFC 9110 §10.2.3). Anything else (`-5`, `1.5e3`, `soon`) is ignored, and the
 * backoff applies. Undefined when absent or unreadable.
 */
export function requestedDelayMs(headers: Headers, nowMs: number): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim() ?? "";
  // Capped, so that a wait of 400 digits is a long wait, not Infinity.
  if (/^\d+$/.test(ms)) return Math.min(Number(ms), Number.MAX_SAFE_INTEGER);
  const retryAfter = headers.get("retry-after")?.trim() ?? "";
  if (/^\d+$/.test(retryAfter)) return Math.min(Number(retryAfter) * 1000, Number.MAX_SAFE_INTEGER);
  const dateMs = parseHTTPDate(retryAfter);
  return Number.isNaN(dateMs) ? undefined : Math.max(0, dateMs - nowMs);
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
  } else if (outcome !== "refused" && retriesDone < maxRetries) {
    return { retry: true, delayMs: backoffDelayMs(retriesDone, random) };
  }
  return { retry: false };
}
