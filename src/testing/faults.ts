import { validateHeaderName, validateHeaderValue } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { statusText, type Answer } from "./respond.js";
import type { Fault } from "./types.js";

// Node's timers cap at 2^31 - 1 ms and fire after 1 ms when given more (TimeoutOverflowWarning).
const MAX_TIMER_MS = 2_147_483_647;

/** A fault checked and serialised when injected, so that a bad one throws at the caller. */
export type PreparedFault =
  | { kind: "status"; answer: Answer }
  | { kind: "delay"; delayMs: number }
  | { kind: "stall" }
  | { kind: "reset" };

function contentTypeOf(body: string): string {
  return body.startsWith("<") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
}

function prepareStatusFault(
  status: number,
  headers: Record<string, string>,
  body: unknown,
): Answer {
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError(`fault.status must be an integer from 200 to 599, got ${String(status)}`);
  }
  const text =
    body === undefined
      ? JSON.stringify({ detail: statusText(status) })
      : typeof body === "string"
        ? body
        : JSON.stringify(body);
  const lowerCased: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    validateHeaderName(name); // throws now, rather than when a request gets the fault
    validateHeaderValue(name, value);
    lowerCased[name.toLowerCase()] = value;
  }
  const contentType = typeof body === "string" ? contentTypeOf(body) : "application/json";
  return { status, headers: { "content-type": contentType, ...lowerCased }, body: text };
}

function prepare(fault: Fault): PreparedFault {
  if (typeof fault === "object" && fault !== null) {
    if ("status" in fault) {
      return {
        kind: "status",
        answer: prepareStatusFault(fault.status, fault.headers ?? {}, fault.body),
      };
    }
    if ("delayMs" in fault) {
      if (!(fault.delayMs >= 0 && fault.delayMs <= MAX_TIMER_MS)) {
        throw new RangeError(
          `fault.delayMs must be from 0 to ${MAX_TIMER_MS}, got ${String(fault.delayMs)}`,
        );
      }
      return { kind: "delay", delayMs: fault.delayMs };
    }
    if ("stallBody" in fault && fault.stallBody === true) return { kind: "stall" };
    if ("reset" in fault && fault.reset === true) return { kind: "reset" };
  }
  throw new TypeError(
    "fault must be { status }, { delayMs }, { stallBody: true } or { reset: true }",
  );
}

/** The faults waiting for the next requests of one server, in the order they were injected. */
export class FaultQueue {
  readonly #pending: { fault: PreparedFault; remaining: number }[] = [];

  /** Queues `fault` for the next `times` requests after those already queued. */
  inject(fault: Fault, times: number): void {
    if (!Number.isInteger(times) || times < 1) {
      throw new RangeError(`times must be a positive integer, got ${String(times)}`);
    }
    this.#pending.push({ fault: prepare(fault), remaining: times });
  }

  /** Takes the fault for the request that just arrived, if any. */
  take(): PreparedFault | undefined {
    const head = this.#pending[0];
    if (!head) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) this.#pending.shift();
    return head.fault;
  }

  /** Drops every queued fault. */
  clear(): void {
    this.#pending.length = 0;
  }
}

/** What the server does about one request. */
export type Reply =
  /** Sends `answer` in full; `source` says whether the route or a status fault chose it. */
  | { kind: "answer"; answer: Answer; source: "route" | "fault" }
  /** Sends the route's `answer` with a body that never finishes. */
  | { kind: "stall"; answer: Answer }
  /** Resets the connection without a response. */
  | { kind: "reset" }
  /** Sends nothing: the server closed while the answer was delayed. */
  | { kind: "none" };

/** What a fault needs to know to decide the reply to one request. */
export interface ReplyContext {
  /** The server's own headers (`x-request-id`, CORS) that every response carries. */
  headers: Record<string, string>;
  /** Computes the route's answer, headers included; called when it is sent. */
  answer: () => Answer;
  /** Aborted when the server closes. */
  closed: AbortSignal;
}

/** Decides the reply to one request, as `fault` (if any) dictates; the server writes it. */
export async function replyTo(
  fault: PreparedFault | undefined,
  context: ReplyContext,
): Promise<Reply> {
  switch (fault?.kind) {
    case undefined:
      return { kind: "answer", answer: context.answer(), source: "route" };
    case "status":
      return {
        kind: "answer",
        answer: { ...fault.answer, headers: { ...context.headers, ...fault.answer.headers } },
        source: "fault",
      };
    case "delay":
      // The timer is cleared when the server closes, so a pending delay never holds the process.
      await delay(fault.delayMs, undefined, { signal: context.closed }).catch(() => undefined);
      return context.closed.aborted
        ? { kind: "none" }
        : { kind: "answer", answer: context.answer(), source: "route" };
    case "stall":
      return { kind: "stall", answer: context.answer() };
    case "reset":
      return { kind: "reset" };
  }
}
