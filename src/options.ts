/**
 * Client options: their types, the one DEFAULTS object, and resolveOptions(), which validates
 * everything once at construction so that no request does that work again.
 */
import { SGPError } from "./errors.js";

/** Log levels, from quietest to loudest. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go; `console` fits. Only the methods for enabled levels are called. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/** A header value; `null` removes a header set by an earlier layer. */
export type HeaderValue = string | null | undefined;

/** The `fetch` the client calls; `globalThis.fetch` or any compatible function (e.g. undici's). */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link SGPClient}. All are optional. */
export interface ClientOptions {
  /**
   * The SGP API key, sent as `x-api-key`.
   * @default process.env.SGP_API_KEY
   */
  apiKey?: string | undefined;
  /**
   * The API's base URL; an absolute http(s) URL, whose path is kept (`http://host/public`).
   * @default process.env.SGP_BASE_URL ?? process.env.SGP_CLIENT_BASE_URL ?? "https://api.egp.scale.com"
   */
  baseURL?: string | undefined;
  /**
   * The account to act in, sent as `x-selected-account-id`.
   * @default process.env.SGP_ACCOUNT_ID
   */
  accountId?: string | undefined;
  /**
   * Milliseconds each attempt may take, reading the response body included.
   * @default 60000
   */
  timeout?: number | undefined;
  /**
   * How many times a failed request is retried (connection errors, timeouts, 408, 409, 429, 5xx).
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * The longest wait, in milliseconds, honoured when the server asks for one (`Retry-After`).
   * A longer request fails at once with an error saying how long the server asked to wait.
   * @default 60000
   */
  maxRetryDelay?: number | undefined;
  /**
   * Headers sent with every request, after the client's own; a `null` value removes one.
   * @default {}
   */
  defaultHeaders?: Record<string, HeaderValue> | undefined;
  /**
   * The fetch function to use.
   * @default globalThis.fetch
   */
  fetch?: Fetch | undefined;
  /**
   * Extra `RequestInit` fields for every request (e.g. undici's `dispatcher`). `method`, `body`,
   * `headers`, `signal` and `redirect` are the client's own and are refused here.
   * @default {}
   */
  fetchOptions?: RequestInit | Record<string, unknown> | undefined;
  /**
   * Which log lines are written.
   * @default process.env.SGP_LOG ?? "warn"
   */
  logLevel?: LogLevel | undefined;
  /**
   * Where log lines are written.
   * @default console
   */
  logger?: Logger | undefined;
  /**
   * Allow construction in a browser, where the API key is visible to anyone using the page.
   * @default false
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Per-request options of `modelGroups.models.create`. */
export interface RequestOptions {
  /** Aborts the request, during an attempt or a wait between attempts. */
  signal?: AbortSignal | undefined;
  /** Overrides {@link ClientOptions.timeout} for this request. */
  timeout?: number | undefined;
  /** Overrides {@link ClientOptions.maxRetries} for this request. */
  maxRetries?: number | undefined;
  /** Headers for this request only, applied last; a `null` value removes one. */
  headers?: Record<string, HeaderValue> | undefined;
}

/** Every default in one place; the TSDoc `@default`s above mirror it. */
export const DEFAULTS = {
  baseURL: "https://api.egp.scale.com",
  timeout: 60_000,
  maxRetries: 2,
  maxRetryDelay: 60_000,
  logLevel: "warn",
} as const satisfies Partial<ClientOptions>;

/** Options after validation and defaulting: what the rest of the client reads. */
export interface ResolvedOptions {
  apiKey: string;
  /** `url`'s href without trailing slashes: what paths are appended to. */
  baseURL: string;
  url: URL;
  accountId: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  defaultHeaders: Record<string, HeaderValue>;
  fetch: Fetch;
  fetchOptions: Record<string, unknown>;
  logLevel: LogLevel;
  logger: Logger;
  dangerouslyAllowBrowser: boolean;
}

const LOG_LEVELS = ["off", "error", "warn", "info", "debug"];
const OPTION_NAMES = [
  "apiKey",
  "baseURL",
  "accountId",
  "timeout",
  "maxRetries",
  "maxRetryDelay",
  "defaultHeaders",
  "fetch",
  "fetchOptions",
  "logLevel",
  "logger",
  "dangerouslyAllowBrowser",
];
const CLIENT_OWNED_FETCH_OPTIONS = ["method", "body", "headers", "signal", "redirect"];
// RFC 9110 §5.5: field values are visible characters, spaces and tabs, never CR, LF or NUL.
const HEADER_VALUE_RE = /^[\t\x20-\x7e\x80-\xff]*$/;
// RFC 9110 §5.1: a field name is a token.
const HEADER_NAME_RE = /^[!#$%&'*+.^`|~\w-]+$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An SGPError for a bad option, naming the option and the value expected. */
export function optionError(name: string, expected: string, value: unknown): SGPError {
  const shown =
    typeof value === "string"
      ? JSON.stringify(value.slice(0, 40))
      : isObject(value)
        ? "an object"
        : String(value);
  return new SGPError(`Invalid option \`${name}\`: expected ${expected}, received ${shown}.`);
}

/** Reads an environment variable, trimmed, where the runtime has `process.env` (not browsers). */
function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return env?.[name]?.trim() || undefined;
}

/** Validates a number option; `isInteger` for counts. */
export function checkNumber(
  name: string,
  value: unknown,
  fallback: number,
  min: number,
  isInteger?: boolean,
): number {
  if (value === undefined) return fallback;
  const isValid =
    typeof value === "number" &&
    value >= min &&
    (isInteger ? Number.isInteger(value) : value < Infinity);
  if (isValid) return value;
  throw optionError(
    name,
    `${isInteger ? "an integer" : "a number of milliseconds"} ≥ ${min}`,
    value,
  );
}

/** Validates a header record; shared by `defaultHeaders` and the per-request `headers`. */
export function checkHeaders(name: string, value: unknown): Record<string, HeaderValue> {
  if (value === undefined) return {};
  if (!isObject(value))
    throw optionError(name, "an object of header names to string or null values", value);
  for (const [header, headerValue] of Object.entries(value)) {
    const isValueValid =
      headerValue == null || (typeof headerValue === "string" && HEADER_VALUE_RE.test(headerValue));
    if (!HEADER_NAME_RE.test(header) || !isValueValid) {
      throw new SGPError(
        `Invalid option \`${name}\`: header ${JSON.stringify(header)} needs a valid name and a string value without line breaks (or null, to remove it).`,
      );
    }
  }
  return value as Record<string, HeaderValue>;
}

/**
 * Applies a header record to `headers`, in order: a string sets a header, `null` removes it,
 * `undefined` leaves it as it is (as openapi-fetch merges headers).
 */
export function applyHeaders(headers: Headers, values: Record<string, HeaderValue>): Headers {
  for (const [name, value] of Object.entries(values)) {
    if (value === null) headers.delete(name);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

function resolveApiKey(value: unknown): string {
  // The key itself never goes into a message.
  if (value !== undefined && typeof value !== "string")
    throw optionError("apiKey", "a string", typeof value);
  const apiKey = value?.trim() || readEnv("SGP_API_KEY");
  if (!apiKey) {
    throw new SGPError(
      "Missing API key: pass `apiKey` to new SGPClient({ apiKey }) or set the SGP_API_KEY environment variable.",
    );
  }
  if (!HEADER_VALUE_RE.test(apiKey)) {
    throw new SGPError(
      "Invalid option `apiKey`: it holds a line break or control character; check how it was copied.",
    );
  }
  return apiKey;
}

function resolveBaseURL(value: unknown): URL {
  const raw =
    value ?? readEnv("SGP_BASE_URL") ?? readEnv("SGP_CLIENT_BASE_URL") ?? DEFAULTS.baseURL;
  let url: URL | undefined;
  try {
    url = new URL(String(raw));
  } catch {
    // reported below
  }
  if (
    !url ||
    !/^https?:$/.test(url.protocol) ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  ) {
    throw optionError(
      "baseURL",
      'an absolute http(s) URL without query or credentials, like "https://api.egp.scale.com"',
      raw,
    );
  }
  return url;
}

function resolveFetchOptions(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isObject(value)) throw optionError("fetchOptions", "an object of RequestInit fields", value);
  const owned = CLIENT_OWNED_FETCH_OPTIONS.filter((key) => key in value);
  if (owned.length) {
    throw new SGPError(
      `Invalid option \`fetchOptions\`: ${owned.join(", ")} belong to the client; use \`defaultHeaders\` for headers and the per-request \`signal\` to abort.`,
    );
  }
  return value;
}

function checkOptionNames(options: object): void {
  for (const name of Object.keys(options)) {
    if (OPTION_NAMES.includes(name)) continue;
    const near = OPTION_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
    throw new SGPError(
      `Unknown option \`${name}\`.${near ? ` Did you mean \`${near}\`?` : ` Known options: ${OPTION_NAMES.join(", ")}.`}`,
    );
  }
}

/** Validates every option and applies defaults and environment variables, once. */
export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  if (typeof options !== "object" || options === null)
    throw optionError("options", "an object", options);
  checkOptionNames(options);
  const {
    fetch = globalThis.fetch,
    logLevel = readEnv("SGP_LOG") ?? DEFAULTS.logLevel,
    logger = console,
  } = options;
  const { accountId = readEnv("SGP_ACCOUNT_ID"), dangerouslyAllowBrowser = false } = options;
  if (typeof fetch !== "function") {
    throw optionError(
      "fetch",
      "a function (this runtime has no global fetch; pass one, e.g. undici's)",
      fetch,
    );
  }
  if (!LOG_LEVELS.includes(logLevel)) {
    const name = options.logLevel === undefined ? "logLevel (from SGP_LOG)" : "logLevel";
    throw optionError(name, LOG_LEVELS.join(" | "), logLevel);
  }
  const loggerMethods = logger as unknown as Record<string, unknown>;
  if (
    !isObject(loggerMethods) ||
    !LOG_LEVELS.slice(1).every((level) => typeof loggerMethods[level] === "function")
  ) {
    throw optionError("logger", "an object with error, warn, info and debug methods", logger);
  }
  if (
    accountId !== undefined &&
    !(typeof accountId === "string" && accountId.trim() && HEADER_VALUE_RE.test(accountId))
  ) {
    throw optionError("accountId", "a non-empty string without line breaks", accountId);
  }
  if (typeof dangerouslyAllowBrowser !== "boolean") {
    throw optionError("dangerouslyAllowBrowser", "a boolean", dangerouslyAllowBrowser);
  }
  const url = resolveBaseURL(options.baseURL);
  return {
    apiKey: resolveApiKey(options.apiKey),
    baseURL: url.href.replace(/\/+$/, ""),
    url,
    accountId: accountId?.trim(),
    timeoutMs: checkNumber("timeout", options.timeout, DEFAULTS.timeout, 1),
    maxRetries: checkNumber("maxRetries", options.maxRetries, DEFAULTS.maxRetries, 0, true),
    maxRetryDelayMs: checkNumber("maxRetryDelay", options.maxRetryDelay, DEFAULTS.maxRetryDelay, 0),
    defaultHeaders: checkHeaders("defaultHeaders", options.defaultHeaders),
    fetch,
    fetchOptions: resolveFetchOptions(options.fetchOptions),
    logLevel: logLevel as LogLevel,
    logger,
    dangerouslyAllowBrowser,
  };
}
