/** `responseValidation()`: the openapi-fetch middleware that checks response bodies against openapi.yaml. */
import type { Middleware } from "openapi-fetch";
import { APIResponseValidationError, SGPClientError, type Logger } from "sgp-client";
import { bodyFor, checkBody, findOperation } from "./check.js";
import type { Mismatch } from "./mismatches.js";
import { redactReport } from "./redact.js";
import { describeRequest, LOG_KEY } from "../internal/request.js";
import { labelOf } from "./words.js";

/** Options of {@link responseValidation}. */
export interface ResponseValidationOptions {
  /**
   * `"warn"` logs each distinct mismatch once per client and passes the response on unchanged;
   * `"error"` throws {@link APIResponseValidationError} instead of returning the response.
   */
  mode: "warn" | "error";
  /**
   * Where `"warn"` mode writes. Without it, warnings go through the client's own logger at warn
   * level (respecting its `logLevel`), or to `console.warn` on a plain openapi-fetch client.
   * @default the client's logger
   */
  logger?: Pick<Logger, "warn"> | undefined;
}

/** What an SGPClient hangs on each of its requests: its log, whose `warn` honours `logLevel`. */
interface ClientLog {
  warn(message: string): void;
}

// Per client (its log object), the mismatches already logged; a client that goes away takes its set.
const loggedByClient = new WeakMap<object, Set<string>>();
// Fetch spec: these statuses have a null body, so there is nothing to check.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function clientLogOf(request: Request): ClientLog | undefined {
  const log = (request as unknown as Record<symbol, unknown>)[LOG_KEY] as ClientLog | undefined;
  return typeof log?.warn === "function" ? log : undefined;
}

/** The mismatches already logged for one client. */
function loggedBy(clientLog: ClientLog): Set<string> {
  let logged = loggedByClient.get(clientLog);
  if (logged === undefined) loggedByClient.set(clientLog, (logged = new Set()));
  return logged;
}

/** Where warn mode writes: the `logger` option, else the client's log, else the console. */
function writerFor(
  clientLog: ClientLog | undefined,
  logger: Pick<Logger, "warn"> | undefined,
): (message: string) => void {
  if (logger !== undefined) return (message) => logger.warn(`[sgp-client] ${message}`);
  if (clientLog !== undefined) return (message) => clientLog.warn(message);
  return (message) => console.warn(`[sgp-client] ${message}`);
}

function checkOptions(options: unknown): ResponseValidationOptions {
  const { mode, logger } = (options ?? {}) as Partial<ResponseValidationOptions>;
  if (mode !== "warn" && mode !== "error") {
    throw new SGPClientError(
      `responseValidation: \`mode\` must be "warn" or "error", got ${JSON.stringify(mode) ?? "undefined"}.`,
    );
  }
  if (logger !== undefined && typeof logger?.warn !== "function") {
    throw new SGPClientError("responseValidation: `logger` must have a `warn(message)` method.");
  }
  return { mode, logger };
}

/**
 * Checks every response body of an operation that openapi.yaml documents against its schema:
 * the 200 body, the 422 body and the `default` error body. Extra properties pass, as the API may
 * add fields. Statuses without a body (204, 304) and responses openapi.yaml documents without a
 * JSON body are not checked. Nothing else about the response changes.
 *
 * @throws {SGPClientError} `mode` is not `"warn"` or `"error"`, or `logger` has no `warn`.
 * @example
 * import SGPClient from "sgp-client";
 * import { responseValidation } from "sgp-client/validation";
 *
 * const client = new SGPClient().use(responseValidation({ mode: "warn" }));
 */
export function responseValidation(options: ResponseValidationOptions): Middleware {
  const { mode, logger } = checkOptions(options);
  // A plain openapi-fetch client hangs no log on its requests: then this middleware is the client.
  const loggedHere = new Set<string>();

  function warn(request: Request, schemaPath: string, status: number, mismatches: Mismatch[]) {
    const clientLog = clientLogOf(request);
    const logged = clientLog === undefined ? loggedHere : loggedBy(clientLog);
    const write = writerFor(clientLog, logger);
    const what = describeRequest(request.method, request.url);
    for (const { pointer, rule, message } of mismatches) {
      // Array items count as one place: a drift in every item of a list is one warning.
      const key = `${request.method} ${schemaPath} ${status} ${pointer.replace(/\/\d+(?=\/|$)/g, "/-")} ${rule}`;
      if (logged.has(key)) continue;
      logged.add(key);
      write(
        `${what} returned a ${status} body that does not match openapi.yaml, which may be out of date: ${labelOf(pointer)}: ${message}`,
      );
    }
  }

  return {
    async onResponse({ request, response, schemaPath }) {
      const operation = findOperation(request.method, schemaPath);
      if (operation === undefined || NULL_BODY_STATUSES.has(response.status)) return undefined;
      const body = bodyFor(operation, response.status);
      if (!body) return undefined;
      // The transport may have read the body already; a clone reads from what it kept.
      const result = checkBody(body, await response.clone().text());
      if (result.mismatches.length === 0) return undefined;
      const report = redactReport(
        { response, body: result.body, mismatches: result.mismatches },
        request.headers.get("x-api-key"),
      );
      if (mode === "warn") {
        warn(request, schemaPath, response.status, report.mismatches);
        return undefined;
      }
      throw new APIResponseValidationError({
        what: describeRequest(request.method, request.url),
        response: report.response,
        body: report.body,
        mismatches: report.mismatches.map(({ pointer, message }) => ({ pointer, message })),
        total: result.total,
      });
    },
  };
}
