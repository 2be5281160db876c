/** From a failed response to the error class that fits it, with a message in the caller's terms. */
import {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../core/errors.js";
import { excerpt, readRequestId } from "./body.js";
import type { Redactor } from "./redact.js";

/** A class of error that a response with a status becomes; each takes only its own status. */
type StatusErrorClass = new (message: string, init: APIErrorInit<never, Headers>) => APIError;

const STATUS_CLASSES: Record<number, StatusErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

// A message quotes a few of FastAPI's validation errors; `error.detail` has them all.
const MAX_DETAIL_ITEMS = 3;

function describeItem(item: unknown): string {
  const { loc, msg } = (item ?? {}) as { loc?: unknown; msg?: unknown };
  // FastAPI validation errors: "path.model_instance_id: String too short"
  const text = Array.isArray(loc)
    ? `${loc.slice(0, 10).join(".")}: ${String(msg)}`
    : typeof item === "object"
      ? JSON.stringify(item)
      : String(item);
  return excerpt(text);
}

/** The server's `detail` (FastAPI's convention) as a sentence, else an excerpt of a text body. */
function detailOf(body: unknown): string | undefined {
  const detail = (body as { detail?: unknown } | undefined)?.detail ?? body;
  if (typeof detail === "string") return detail && excerpt(detail);
  if (Array.isArray(detail)) {
    const shown = detail.slice(0, MAX_DETAIL_ITEMS).map(describeItem).join("; ");
    const more = detail.length - MAX_DETAIL_ITEMS;
    return more > 0 ? `${shown}; and ${more} more` : shown;
  }
  return detail === body ? undefined : excerpt(JSON.stringify(detail) ?? "");
}

/**
 * The error class that fits the status, with a message that says what failed. Everything that
 * came from the server goes through the redactor first: the key is taken out of the body (value
 * by value, after parsing), the headers and the reason phrase, and the message is escaped.
 * `note` is the caller's own sentence; server text in it must be redacted already.
 */
export function toAPIError(
  what: string,
  response: Pick<Response, "status" | "statusText" | "headers">,
  body: unknown,
  redactor: Redactor,
  note?: string,
): APIError {
  const { status } = response;
  const headers = redactor.headers(response.headers);
  const error = redactor.value(body);
  const ErrorClass: StatusErrorClass =
    STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
  const detail = detailOf(error);
  const requestId = readRequestId(headers);
  // Each piece loses the key before it is cut short, so that no cut leaves part of the key.
  const message =
    `${what} failed: ${status} ${excerpt(redactor.text(response.statusText))}`.trimEnd() +
    (detail ? ` — ${detail}` : "") +
    (note ? `. ${note}` : "") +
    (requestId ? ` (request id ${excerpt(redactor.text(requestId))})` : "");
  // The table pairs each status with its class, so the status always fits the class.
  return new ErrorClass(redactor.text(message), { status, headers, error } as APIErrorInit<
    never,
    Headers
  >);
}
