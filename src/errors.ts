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
  /** `POST /v4/…`: the request, in the caller's terms. */
  what: string;
  response: Pick<Response, "status" | "statusText" | "headers">;
  body: unknown;
  /** A sentence appended to the message, e.g. how long the server asked to wait. */
  note?: string | undefined;
}

/** Reads the request id from `x-request-id` or its common variants. */
export function readRequestId(headers: Headers): string | undefined {
  return (
    headers.get("x-request-id") ??
    headers.get("request-id") ??
    headers.get("x-amzn-requestid") ??
    undefined
  );
}

/** A body as JSON when it parses, else its text; undefined when empty. */
export function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** Shortens a text for a message: one line, at most 200 characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** The server's `detail` (FastAPI's convention) as a sentence, else an excerpt of a text body. */
function detailOf(body: unknown): string | undefined {
  const detail = (body as { detail?: unknown } | undefined)?.detail ?? body;
  if (typeof detail === "string") return detail && excerpt(detail);
  if (Array.isArray(detail)) {
    // FastAPI validation errors: "path.model_instance_id: String too short; …"
    return detail
      .map((item: { loc?: unknown; msg?: unknown }) =>
        Array.isArray(item?.loc)
          ? `${item.loc.join(".")}: ${String(item.msg)}`
          : typeof item === "object"
            ? JSON.stringify(item)
            : String(item),
      )
      .join("; ");
  }
  return detail === body ? undefined : JSON.stringify(detail);
}

// HTTP/2 responses carry no reason phrase; messages still name the status.
const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** A response with a status the caller did not want, or a body that could not be used. */
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

  constructor({ what, response, body, note }: APIErrorInit) {
    const { status, statusText, headers } = response;
    const requestId = readRequestId(headers);
    const detail = detailOf(body);
    super(
      `${what} failed: ${status} ${statusText || STATUS_TEXT[status] || ""}`.trimEnd() +
        (detail ? ` — ${detail}` : "") +
        (note ? `. ${note}` : "") +
        (requestId ? ` (request id ${requestId})` : ""),
    );
    this.status = status;
    this.headers = headers;
    this.error = body;
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

/** No response arrived: refused or reset connection, DNS, TLS; `cause` has the runtime's error. */
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

/** Replaces `secret` wherever it occurs in a string, or inside parsed JSON (as JSON escapes it). */
function redact<T>(value: T, secret: string): T {
  if (typeof value === "string") return value.replaceAll(secret, "[redacted]") as T;
  const json = value && typeof value === "object" ? JSON.stringify(value) : "";
  const escaped = JSON.stringify(secret).slice(1, -1);
  return json.includes(escaped) ? (JSON.parse(json.replaceAll(escaped, "[redacted]")) as T) : value;
}

/**
 * Builds the error class that fits the status. `secret` (the API key) is removed from the body
 * and headers first, should a server echo it, so that nothing about the error can hold it.
 */
export function toAPIError(init: APIErrorInit, secret: string): APIError {
  const { status, statusText } = init.response;
  const ErrorClass = STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
  const headers = new Headers();
  init.response.headers.forEach((value, name) => headers.append(name, redact(value, secret)));
  return new ErrorClass({
    what: init.what,
    response: { status, statusText, headers },
    body: redact(init.body, secret),
    note: redact(init.note, secret),
  });
}
