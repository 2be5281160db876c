import { describe, expect, it } from "vitest";
import {
  backoffDelayMs,
  decideRetry,
  requestedDelayMs,
  type RetryInput,
} from "../../src/internal/retry.js";

const NOW_MS = Date.parse("2026-11-26T12:00:00Z");

function input(
  overrides: Partial<RetryInput> & { status?: number; headers?: Record<string, string> },
): RetryInput {
  const { status = 503, headers = {}, ...rest } = overrides;
  return {
    outcome: { status, headers: new Headers(headers) },
    retriesDone: 0,
    maxRetries: 2,
    maxRetryDelayMs: 60_000,
    nowMs: NOW_MS,
    random: 0,
    ...rest,
  };
}

describe("decideRetry", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 599])("retries status %i", (status) => {
    expect(decideRetry(input({ status }))).toEqual({ retry: true, delayMs: 500 });
  });

  it.each([400, 401, 403, 404, 422, 301])("does not retry status %i", (status) => {
    expect(decideRetry(input({ status }))).toEqual({ retry: false });
  });

  it("retries connection errors and timeouts", () => {
    expect(decideRetry(input({ outcome: "connection-error" })).retry).toBe(true);
    expect(decideRetry(input({ outcome: "timeout" })).retry).toBe(true);
  });

  it("lets x-should-retry override the status either way", () => {
    expect(decideRetry(input({ status: 400, headers: { "x-should-retry": "true" } })).retry).toBe(
      true,
    );
    expect(decideRetry(input({ status: 503, headers: { "x-should-retry": "false" } }))).toEqual({
      retry: false,
    });
  });

  it("stops when the retries are used up", () => {
    expect(decideRetry(input({ retriesDone: 2 }))).toEqual({ retry: false });
    expect(decideRetry(input({ outcome: "timeout", retriesDone: 2 }))).toEqual({ retry: false });
    expect(decideRetry(input({ retriesDone: 0, maxRetries: 0 }))).toEqual({ retry: false });
  });

  it("waits what retry-after-ms asks, before Retry-After", () => {
    const headers = { "retry-after-ms": "1500", "retry-after": "30" };
    expect(decideRetry(input({ status: 429, headers }))).toEqual({ retry: true, delayMs: 1500 });
  });

  it("waits Retry-After seconds, and until a Retry-After HTTP date", () => {
    expect(decideRetry(input({ headers: { "retry-after": "3" } }))).toEqual({
      retry: true,
      delayMs: 3000,
    });
    const date = new Date(NOW_MS + 7_000).toUTCString();
    expect(decideRetry(input({ headers: { "retry-after": date } }))).toEqual({
      retry: true,
      delayMs: 7000,
    });
  });

  it("refuses to wait longer than maxRetryDelay, and reports what was asked", () => {
    expect(decideRetry(input({ status: 429, headers: { "retry-after": "120" } }))).toEqual({
      retry: false,
      requestedDelayMs: 120_000,
    });
  });

  it("falls back to backoff when Retry-After is unreadable", () => {
    expect(decideRetry(input({ headers: { "retry-after": "soon" } }))).toEqual({
      retry: true,
      delayMs: 500,
    });
  });
});

describe("requestedDelayMs", () => {
  it("reads a past HTTP date as no wait, and ignores negative or empty values", () => {
    const past = new Date(NOW_MS - 5_000).toUTCString();
    expect(requestedDelayMs(new Headers({ "retry-after": past }), NOW_MS)).toBe(0);
    expect(requestedDelayMs(new Headers({ "retry-after-ms": "-5" }), NOW_MS)).toBeUndefined();
    expect(requestedDelayMs(new Headers({ "retry-after-ms": " " }), NOW_MS)).toBeUndefined();
    expect(requestedDelayMs(new Headers(), NOW_MS)).toBeUndefined();
  });

  it.each([
    "-5",
    "1.5",
    "1e3",
    "0x10",
    "soon",
    "5 s",
    "Infinity",
    "2026-12-03",
    "Mon, 32 Foo 2026",
  ])("ignores Retry-After: %s, which is neither whole seconds nor an HTTP-date", (value) => {
    expect(requestedDelayMs(new Headers({ "retry-after": value }), NOW_MS)).toBeUndefined();
    expect(requestedDelayMs(new Headers({ "retry-after-ms": value }), NOW_MS)).toBeUndefined();
  });

  it("reads whole seconds, whole milliseconds, and the three HTTP-date forms as UTC", () => {
    const at = (value: string): number | undefined =>
      requestedDelayMs(new Headers({ "retry-after": value }), Date.UTC(1994, 10, 6, 8, 49, 30));
    expect(at("7")).toBe(7000);
    expect(at("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(7000);
    expect(at("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(7000);
    expect(at("Sun Nov  6 08:49:37 1994")).toBe(7000);
    expect(requestedDelayMs(new Headers({ "retry-after-ms": "250" }), NOW_MS)).toBe(250);
    const huge = requestedDelayMs(new Headers({ "retry-after": "9".repeat(400) }), NOW_MS);
    expect(huge).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("backoffDelayMs", () => {
  it("doubles from 0.5 s up to 8 s", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelayMs(n, 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it("takes off at most 25 % as jitter", () => {
    expect(backoffDelayMs(0, 0.999_999)).toBeCloseTo(375, 3);
    expect(backoffDelayMs(4, 0.5)).toBe(7000);
  });
});
