import { STATUS_CODES, type ServerResponse } from "node:http";

/** A complete answer to a request: status, headers and serialised body. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** The CORS policy of a server: the origin to allow, or `undefined` to echo the request's. */
export interface CorsPolicy {
  origin: string | undefined;
}

const PREFLIGHT_MAX_AGE_S = "600";

/** The response header that says which example of openapi.yaml an answer came from. */
export const STAND_IN_HEADER = "x-sgp-stand-in";

/** The reason phrase of `status`, e.g. "Not Found". */
export function statusText(status: number): string {
  return STATUS_CODES[status] ?? "Unknown Status";
}

/** An answer with a JSON body. */
export function jsonAnswer(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Answer {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(value),
  };
}

/** An answer with the `{ "detail": ... }` body that SGP, a FastAPI app, sends for errors. */
export function detailAnswer(
  status: number,
  detail: string,
  headers?: Record<string, string>,
): Answer {
  return jsonAnswer(status, { detail }, headers);
}

/** The CORS headers every actual response carries; none when CORS is off. */
export function corsHeaders(
  cors: CorsPolicy | undefined,
  requestOrigin: string | undefined,
): Record<string, string> {
  if (!cors) return {};
  const headers: Record<string, string> = {
    "access-control-allow-origin": cors.origin ?? requestOrigin ?? "*",
    "access-control-expose-headers": `x-request-id, retry-after, retry-after-ms, x-should-retry, ${STAND_IN_HEADER}`,
  };
  // An echoed origin makes the response depend on the request's Origin (Fetch standard §3.2.5).
  if (cors.origin === undefined && requestOrigin !== undefined) headers["vary"] = "Origin";
  return headers;
}

/**
 * The 204 answer to a CORS preflight; `headers` already hold the CORS headers, and `methods` are
 * those openapi.yaml declares for the path.
 */
export function preflightAnswer(
  headers: Record<string, string>,
  methods: readonly string[],
): Answer {
  return {
    status: 204,
    headers: {
      ...headers,
      "access-control-allow-methods": [...new Set([...methods, "OPTIONS"])].join(", "),
      "access-control-allow-headers": "x-api-key, x-selected-account-id, content-type, accept",
      "access-control-max-age": PREFLIGHT_MAX_AGE_S,
    },
  };
}

/** Sends `answer` in full, with its `content-length`. */
export function writeAnswer(res: ServerResponse, answer: Answer): void {
  // 204 and 304 responses have no body (RFC 9110 §15.3.5, §15.4.5), whatever a fault asks.
  if (answer.status === 204 || answer.status === 304 || answer.body === undefined) {
    const { "content-type": _noBody, ...headers } = answer.headers;
    res.writeHead(answer.status, headers).end();
    return;
  }
  const length = String(Buffer.byteLength(answer.body));
  res.writeHead(answer.status, { ...answer.headers, "content-length": length }).end(answer.body);
}

/** Sends the status, headers and first half of `answer`'s body, then leaves the body unfinished. */
export function writeStalledAnswer(res: ServerResponse, answer: Answer): void {
  const body = Buffer.from(answer.body ?? "");
  res.writeHead(answer.status, { ...answer.headers, "content-length": String(body.length) });
  res.write(body.subarray(0, Math.floor(body.length / 2)));
}
