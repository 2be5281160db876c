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
import { redact } from "./redact.js";

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

/**
 * The error class that fits the status, with a message that says what failed. `secret` (the API
 * key) is taken out of the body, the headers and the note first, should a server echo it.
 */
export function toAPIError(
  what: string,
  response: Pick<Response, "status" | "statusText" | "headers">,
  body: unknown,
  secret: string,
  note?: string,
): APIError {
  const { status, statusText } = response;
  const headers = redact(response.headers, secret);
  const error = redact(body, secret);
  const ErrorClass: StatusErrorClass =
    STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
  const detail = detailOf(error);
  const requestId = readRequestId(headers);
  const message =
    `${what} failed: ${status} ${statusText}`.trimEnd() +
    (detail ? ` — ${detail}` : "") +
    (note ? `. ${redact(note, secret)}` : "") +
    (requestId ? ` (request id ${requestId})` : "");
  // The table pairs each status with its class, so the status always fits the class.
  return new ErrorClass(message, { status, headers, error } as APIErrorInit<never, Headers>);
}
