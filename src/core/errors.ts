/**
 * The error classes, named and nested as in the official SGP SDKs: `SGPClientError` is the base,
 * `APIError` every failed request, with a subclass where a caller would branch. No error carries
 * the API key or the request's headers.
 */
import { readRequestId } from "../internal/body.js";
import type { HTTPValidationError } from "../types.js";

/** The base class of every error this package throws; thrown itself for misuse (a bad option or id). */
export class SGPClientError extends Error {
  override readonly name: string = "SGPClientError";
}

/** What an {@link APIError} knows about the response, when there was one. */
export interface APIErrorInit<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
> {
  status?: TStatus;
  headers?: THeaders;
  /** The parsed body: JSON when it parses, else the text. */
  error?: unknown;
  cause?: unknown;
}

/**
 * A request that failed: an error status, a body the call cannot use, or no response at all
 * (the {@link APIConnectionError} and {@link APIUserAbortError} subclasses, whose `status` is
 * undefined). As in the official SDKs, the per-status subclasses type `status` and `headers`.
 */
export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
> extends SGPClientError {
  override readonly name: string = "APIError";
  /** The HTTP status; undefined when no response arrived. */
  readonly status: TStatus;
  /** The response's headers; undefined when no response arrived. */
  readonly headers: THeaders;
  /** The parsed body: JSON when it parses, else the text. */
  readonly error: unknown;
  /**
   * The server's request id (`x-request-id`), for support tickets: null when the response had
   * none, undefined when no response arrived.
   */
  readonly requestID: string | null | undefined;

  constructor(message: string, init: APIErrorInit<TStatus, THeaders> = {}) {
    const { status, headers, error, cause } = init;
    super(message, cause === undefined ? undefined : { cause });
    this.status = status as TStatus;
    this.headers = headers as THeaders;
    this.error = error;
    this.requestID = headers && readRequestId(headers);
  }
}

/** 400 Bad Request. */
export class BadRequestError extends APIError<400, Headers> {
  override readonly name = "BadRequestError";
}
/** 401 Unauthorized: the API key is missing, wrong or revoked. */
export class AuthenticationError extends APIError<401, Headers> {
  override readonly name = "AuthenticationError";
}
/** 403 Forbidden: the key may not act on this account or resource. */
export class PermissionDeniedError extends APIError<403, Headers> {
  override readonly name = "PermissionDeniedError";
}
/** 404 Not Found: the model group or model instance does not exist. */
export class NotFoundError extends APIError<404, Headers> {
  override readonly name = "NotFoundError";
}
/** 409 Conflict. */
export class ConflictError extends APIError<409, Headers> {
  override readonly name = "ConflictError";
}
/** 422 Unprocessable Entity: the request failed validation; `detail` lists why. */
export class UnprocessableEntityError extends APIError<422, Headers> {
  override readonly name = "UnprocessableEntityError";
  /** FastAPI's validation errors, when the body has them. */
  get detail(): HTTPValidationError["detail"] {
    const detail = (this.error as HTTPValidationError | undefined)?.detail;
    return Array.isArray(detail) ? detail : undefined;
  }
}
/** 429 Too Many Requests. */
export class RateLimitError extends APIError<429, Headers> {
  override readonly name = "RateLimitError";
}
/** A 5xx status. */
export class InternalServerError extends APIError<number, Headers> {
  override readonly name = "InternalServerError";
}

/** No response arrived: refused or reset connection, DNS, TLS; `cause` has the runtime's error. */
export class APIConnectionError extends APIError<undefined, undefined> {
  override readonly name: string = "APIConnectionError";
}
/** Every attempt timed out. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name = "APIConnectionTimeoutError";
}
/** The caller's `signal` aborted the request; `cause` is the signal's `reason`. */
export class APIUserAbortError extends APIError<undefined, undefined> {
  override readonly name = "APIUserAbortError";
}

/**
 * The response body is larger than the client reads (`maxResponseSize`). Not retried: the next
 * answer would be as large.
 */
export class ResponseTooLargeError extends APIError<number, Headers> {
  override readonly name = "ResponseTooLargeError";
}

/** One way a response differs from openapi.yaml. */
export interface ResponseMismatch {
  /** Where, as a JSON pointer into the body (`""` for the body itself). */
  pointer: string;
  /** What differs, in words. */
  message: string;
}

/** What {@link APIResponseValidationError} is built from. */
export interface APIResponseValidationErrorInit {
  /** The request in the caller's terms: `POST /v4/model-groups/g/models/m`. */
  what: string;
  response: Response;
  /** The parsed body. */
  body: unknown;
  /** The first mismatches, in body order (a few, however many the body has). */
  mismatches: readonly ResponseMismatch[];
  /** How many there are in all; undefined when the body was too large to count them. */
  total?: number | undefined;
}

/**
 * A response that does not match openapi.yaml, thrown where `sgp-client/validation` runs in
 * `"error"` mode.
 */
export class APIResponseValidationError extends APIError<number, Headers> {
  override readonly name = "APIResponseValidationError";
  /** The first differences found, in body order: a few, however many the body has. */
  readonly mismatches: readonly ResponseMismatch[];
  /** How many differences there are in all; undefined when the body was too large to count them. */
  readonly total: number | undefined;

  constructor(init: APIResponseValidationErrorInit) {
    const { what, response, body, mismatches } = init;
    // An explicit `total: undefined` says the body was too large to count.
    const total = "total" in init ? init.total : mismatches.length;
    const shown = mismatches.slice(0, 3).map((m) => `${m.pointer || "body"}: ${m.message}`);
    const more =
      total === undefined
        ? "; and maybe more (the body is too large to count them)"
        : total > 3
          ? `; and ${total - 3} more`
          : "";
    super(
      `${what} returned a ${response.status} body that does not match openapi.yaml: ${shown.join("; ")}${more}. The API may have changed, or openapi.yaml may be out of date.`,
      { status: response.status, headers: response.headers, error: body },
    );
    this.mismatches = mismatches;
    this.total = total;
  }
}
