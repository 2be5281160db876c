import type { StandInExample, StandInOperation } from "../../generated/stand-in.js";
import { handlerFor } from "./handlers.js";
import type { PathMatch } from "./paths.js";
import { detailAnswer, STAND_IN_HEADER, type Answer } from "./respond.js";
import type { ModelStore } from "./store.js";

/** What the router needs to know about a request. */
export interface RouteRequest {
  method: string;
  match: PathMatch;
  apiKey: string | undefined;
  accepted: ReadonlySet<string>;
  /** The `x-selected-account-id` header, when sent. */
  accountId: string | undefined;
}

/** The 401 answer for a missing or unaccepted key; it never echoes the key. */
function authFailure(
  apiKey: string | undefined,
  accepted: ReadonlySet<string>,
): Answer | undefined {
  if (apiKey === undefined || apiKey === "") {
    return detailAnswer(401, "Missing API key: send it in the x-api-key header");
  }
  return accepted.has(apiKey) ? undefined : detailAnswer(401, "The x-api-key sent is not accepted");
}

/** The HTTP status of a response key: `201` → 201, `2XX` → 200; undefined for `default`. */
function statusOf(key: string): number | undefined {
  if (/^[1-5]\d\d$/.test(key)) return Number(key);
  return /^[1-5]XX$/i.test(key) ? Number(key[0]) * 100 : undefined;
}

/** The example the stand-in serves: the first of the lowest documented 2xx status. */
export function chooseExample(operation: StandInOperation): StandInExample | undefined {
  let chosen: StandInExample | undefined;
  let chosenStatus = Infinity;
  for (const example of operation.examples) {
    const status = statusOf(example.status);
    // `2XX` ranks after any exact 2xx: an exact code is what the spec says the API sends.
    const order = status === undefined ? Infinity : status + (/X/i.test(example.status) ? 0.5 : 0);
    if (status !== undefined && status >= 200 && status < 300 && order < chosenStatus) {
      chosen = example;
      chosenStatus = order;
    }
  }
  return chosen;
}

/**
 * The answer an operation without a handler gives: its example's status, headers and body,
 * marked with `x-sgp-stand-in`; a 501 when openapi.yaml gives it no 2xx example.
 */
export function exampleAnswer(operation: StandInOperation, what: string): Answer {
  const example = chooseExample(operation);
  if (example === undefined) {
    return detailAnswer(
      501,
      `openapi.yaml has no example of a 2xx response of ${what}, so the stand-in cannot answer it`,
    );
  }
  const status = statusOf(example.status) as number;
  // Encoded, so that any name the spec gives is a valid header value.
  const marker =
    example.name === undefined
      ? `response ${status}`
      : `example ${encodeURIComponent(example.name)}`;
  const headers = { ...example.headers, [STAND_IN_HEADER]: marker };
  if (example.contentType === undefined || !("body" in example)) return { status, headers };
  return {
    status,
    headers: { ...headers, "content-type": example.contentType },
    body: JSON.stringify(example.body),
  };
}

/**
 * Answers a request as FastAPI would: 400 for a malformed path, 404 for one no template of
 * openapi.yaml matches, 405 for a method the path does not declare, 401 without an accepted key,
 * then the operation's hand-written handler, or else its example.
 */
export function answerRequest(request: RouteRequest, store: ModelStore): Answer {
  const { match } = request;
  if (match.kind === "malformed") {
    return detailAnswer(400, "The request path holds a malformed percent-encoding");
  }
  if (match.kind === "unknown") return detailAnswer(404, "Not Found");
  // The order FastAPI checks things in: route, method, the auth dependency, then parameters.
  const { operation } = match;
  if (operation === undefined) {
    return detailAnswer(405, "Method Not Allowed", { allow: match.allow.join(", ") });
  }
  const failure = authFailure(request.apiKey, request.accepted);
  if (failure) return failure;
  const handler = handlerFor(operation.operationId);
  if (handler) return handler({ params: match.params, accountId: request.accountId }, store);
  return exampleAnswer(operation, `${request.method} ${match.template}`);
}
