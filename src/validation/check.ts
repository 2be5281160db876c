/** Checks one response body against what openapi.yaml documents for its operation and status. */
import {
  operationResponses,
  type BodyValidator,
  type OperationResponses,
} from "../../generated/validators.js";
import { toMismatches, type Mismatch } from "./mismatches.js";
import { describeValue } from "./words.js";

export type { BodyValidator, OperationResponses };
export { operationResponses };

/** The body as parsed (JSON, else the text) and how it differs from openapi.yaml. */
export interface BodyCheck {
  body: unknown;
  /** The first mismatches, in body order: at most {@link MAX_LISTED}. */
  mismatches: Mismatch[];
  /** How many there are in all; undefined when the body was too large to count them. */
  total: number | undefined;
}

/** The most mismatches a check lists, however many the body has. */
export const MAX_LISTED = 10;
/**
 * The largest body whose mismatches are all counted. Listing every problem costs time and
 * memory in proportion to the problems, and more where one schema fails in many array items: a
 * larger body that does not match reports its first mismatch, found at once.
 */
export const COUNTED_MAX_CHARS = 16 * 1024;

const byMethodAndPath = new Map(
  Object.values(operationResponses).map((operation) => [
    `${operation.method} ${operation.path}`,
    operation,
  ]),
);

/** The operation openapi-fetch's middleware is at: `POST` and the path template. */
export function findOperation(method: string, path: string): OperationResponses | undefined {
  return byMethodAndPath.get(`${method.toLowerCase()} ${path}`);
}

/**
 * What openapi.yaml documents for `status`: its own entry, else its class (`4XX`, OpenAPI 3.1
 * §4.8.16.2), else `default`. Null when that response has no JSON body; undefined when
 * openapi.yaml says nothing about the status.
 */
export function bodyFor(
  operation: OperationResponses,
  status: number,
): BodyValidator | null | undefined {
  const { responses } = operation;
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
  return key === undefined ? undefined : responses[key];
}

/** `a ModelInstance`, or `a body` when the schema has no name. */
export function describeBody(body: BodyValidator): string {
  return body.name === undefined ? "a body" : `a ${body.name}`;
}

/**
 * Parses `text` and checks it against `body`, with time and memory bounded whatever the body. A
 * body that is empty or not JSON is one mismatch at the root (`""`), never an exception.
 */
export function checkBody(body: BodyValidator, text: string): BodyCheck {
  const expected = `openapi.yaml documents ${describeBody(body)} as JSON`;
  if (text.trim() === "") {
    const message = `empty, but ${expected}`;
    return { body: undefined, mismatches: [{ pointer: "", rule: "json", message }], total: 1 };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const message = `not JSON (${describeValue(text)}), but ${expected}`;
    return { body: text, mismatches: [{ pointer: "", rule: "json", message }], total: 1 };
  }
  // The first-error validator answers most bodies, valid ones included, at once.
  if (body.validateFirst(parsed)) return { body: parsed, mismatches: [], total: 0 };
  if (text.length > COUNTED_MAX_CHARS) {
    const first = toMismatches(body.validateFirst.errors ?? []).slice(0, MAX_LISTED);
    return { body: parsed, mismatches: first, total: undefined };
  }
  body.validate(parsed);
  const mismatches = toMismatches(body.validate.errors ?? []);
  return { body: parsed, mismatches: mismatches.slice(0, MAX_LISTED), total: mismatches.length };
}
