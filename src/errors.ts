/**
 * The error classes, named as in the official SGP SDK, and the status → class mapping.
 * No error carries the API key or the request's headers.
 */
import type { HTTPValidationError } from "./types.js";

/** The base class of every error this package throws. */
export class SGPError extends Error {
  override readonly name: string = "SGPError";
}

/** Facts about a failed response, gathered by {@link toAPIError}. */
export interface APIErrorInit {
  method: string;
  path: string;
  status: number;
  statusText: string;
  headers: Headers;
  body: unknown;
  /** A sentence appended to the message, e.g. how long the server asked to wait. */
  note?: string | undefined;
}

const REQUEST_ID_HEADERS = [
  "x-request-id",
  "request-id",
  "x-amzn-requestid",
  "x-correlation-id",
  "x-trace-id",
];

/** Reads the request id from the common response headers. */
export function readRequestId(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

function detailOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const detail = (body as { detail?: unknown }).detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    const parts = detail.map((item: unknown) => {
      if (typeof item !== "object" || item === null) return String(item);
      const { loc, msg } = item as { loc?: unknown; msg?: unknown };
      const where = Array.isArray(loc) ? loc.join(".") : undefined;
      return where && typeof msg === "string" ? `${where}: ${msg}` : JSON.stringify(item);
    });
    return parts.join("; ");
  }
  return detail === undefined ? undefined : JSON.stringify(detail);
}

const MAX_EXCERPT = 200;

// HTTP/2 responses (and fetch polyfills) carry no reason phrase; messages still name the status.
const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** Shortens a text body for a message: one line, at most 200 characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT)}…` : line;
}

/** "404 Not Found": the status with its reason phrase, the standard one if the response had none. */
export function statusLine(status: number, statusText: string): string {
  const text = statusText || STATUS_TEXT[status];
  return text ? `${status} ${text}` : String(status);
}

/** A response with a status the caller did not want, or a body that could not be read. */
export class APIError extends SGPError {
  override readonly name: string = "APIError";
  /** The HTTP status. */
  readonly status: number;
  /** The response's headers. */
  readonly headers: Headers;
  /** The parsed body: JSON when it parses, else the text. */
  readonly error: unknown;
  /** The server's request id, for support tickets. */
  readonly requestId: string | undefined;

  constructor(init: APIErrorInit) {
    const detail =
      detailOf(init.body) ??
      (typeof init.body === "string" && init.body ? excerpt(init.body) : undefined);
    const status = statusLine(init.status, init.statusText);
    const requestId = readRequestId(init.headers);
    super(
      `${init.method} ${init.path} failed: ${status}${detail ? ` — ${detail}` : ""}` +
        `${init.note ? `. ${init.note}` : ""}${requestId ? ` (request id ${requestId})` : ""}`,
    );
    this.status = init.status;
    this.headers = init.headers;
    this.error = init.body;
    this.requestId = requestId;
  }
}

/** 400 Bad Request. */
export class BadRequestError extends APIError {
  override readonly name = "BadRequestError";
}
/** 401 Unauthorized: the API key is missing, wrong or revoked. */
export class AuthenticationError extends APIError {
  override readonly name = "AuthenticationError";
}
/** 403 Forbidden: the key may not act on this account or resource. */
export class PermissionDeniedError extends APIError {
  override readonly name = "PermissionDeniedError";
}
/** 404 Not Found: the model group or model instance does not exist. */
export class NotFoundError extends APIError {
  override readonly name = "NotFoundError";
}
/** 409 Conflict. */
export class ConflictError extends APIError {
  override readonly name = "ConflictError";
}
/** 422 Unprocessable Entity: the request failed validation; `detail` lists why. */
export class UnprocessableEntityError extends APIError {
  override readonly name = "UnprocessableEntityError";
  /** FastAPI's validation errors, when the body has them. */
  get detail(): HTTPValidationError["detail"] {
    const detail = (this.error as HTTPValidationError | undefined)?.detail;
    return Array.isArray(detail) ? detail : undefined;
  }
}
/** 429 Too Many Requests. */
export class RateLimitError extends APIError {
  override readonly name = "RateLimitError";
}
/** A 5xx status. */
export class InternalServerError extends APIError {
  override readonly name = "InternalServerError";
}

/** No response arrived: DNS, refused or reset connection, TLS; `cause` has the runtime's error. */
export class APIConnectionError extends SGPError {
  override readonly name: string = "APIConnectionError";
}
/** Every attempt timed out. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name = "APIConnectionTimeoutError";
}
/** The caller's `signal` aborted the request. */
export class APIUserAbortError extends SGPError {
  override readonly name = "APIUserAbortError";
}

const STATUS_CLASSES: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

const REDACTED = "[redacted]";

/** Replaces `secret` wherever it occurs in a parsed body, should a server echo the API key. */
function redact(value: unknown, secret: string): unknown {
  if (typeof value === "string") return value.replaceAll(secret, REDACTED);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, secret));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [redact(k, secret), redact(v, secret)]),
  );
}

function redactHeaders(headers: Headers, secret: string): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, value.replaceAll(secret, REDACTED)));
  return copy;
}

/**
 * Builds the error class that fits the status. `secret` (the API key) is removed from the body
 * and headers first, so no message, property or `JSON.stringify` of the error can hold it.
 */
export function toAPIError(init: APIErrorInit, secret: string): APIError {
  const ErrorClass =
    STATUS_CLASSES[init.status] ?? (init.status >= 500 ? InternalServerError : APIError);
  const bodyText = typeof init.body === "string" ? init.body : JSON.stringify(init.body ?? null);
  let headersText = "";
  init.headers.forEach((value) => (headersText += value));
  return new ErrorClass({
    ...init,
    body: bodyText.includes(secret) ? redact(init.body, secret) : init.body,
    headers: headersText.includes(secret) ? redactHeaders(init.headers, secret) : init.headers,
  });
}
