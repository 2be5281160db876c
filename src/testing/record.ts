import type { IncomingMessage } from "node:http";
import type { PathMatch } from "./paths.js";
import type { RecordedRequest } from "./types.js";

const SECRET_HEADERS = new Set(["x-api-key", "authorization", "proxy-authorization", "cookie"]);

/** A header as one string: repeated ones joined as RFC 9110 §5.3 combines them. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

function redactedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    const text = headerValue(value);
    if (text !== undefined) headers[name] = SECRET_HEADERS.has(name) ? "[redacted]" : text;
  }
  return headers;
}

/** What the server makes of a request as it arrives. */
export interface Arrival {
  method: string;
  rawPath: string;
  match: PathMatch;
  requestId: string;
  hasValidApiKey: boolean;
  accountId: string | undefined;
}

/** The record of a request as it arrived, with every credential redacted. */
export function recordOf(req: IncomingMessage, arrival: Arrival): RecordedRequest {
  const { method, rawPath, match, requestId, hasValidApiKey, accountId } = arrival;
  return Object.freeze({
    method,
    rawPath,
    ...(match.kind === "route" ? { pathParams: Object.freeze({ ...match.params }) } : {}),
    ...(match.kind === "route" && match.operation
      ? { operationId: match.operation.operationId }
      : {}),
    headers: Object.freeze(redactedHeaders(req)),
    hasValidApiKey,
    ...(accountId === undefined ? {} : { accountId }),
    requestId,
  });
}
