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
  baseURL: string;
  origin: string;
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

const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];
const OPTION_NAMES: readonly (keyof ClientOptions)[] = [
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
// RFC 9110 §5.5: field values are visible ASCII, spaces and tabs; no CR, LF or NUL.
const HEADER_VALUE_RE = /^[\t\x20-\x7e\x80-\xff]*$/;
const HEADER_NAME_RE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

function optionError(name: string, expected: string, value: unknown): SGPError {
  return new SGPError(
    `Invalid option \`${name}\`: expected ${expected}, received ${describeValue(value)}.`,
  );
}

/** Reads an environment variable where the runtime has `process.env` (not browsers or workers). */
export function readEnv(name: string): string | undefined {
  const env = typeof process === "undefined" ? undefined : process.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

function resolveApiKey(value: unknown): string {
  if (value !== undefined && typeof value !== "string") {
    throw new SGPError(`Invalid option \`apiKey\`: expected a string, received ${typeof value}.`);
  }
  const apiKey = value?.trim() || readEnv("SGP_API_KEY");
  if (!apiKey) {
    throw new SGPError(
      "Missing API key: pass `apiKey` to new SGPClient({ apiKey }) or set the SGP_API_KEY environment variable.",
    );
  }
  // The key itself never goes into a message.
  if (!HEADER_VALUE_RE.test(apiKey)) {
    throw new SGPError(
      "Invalid option `apiKey`: it contains a line break or control character, which cannot be sent in a header. Check how the key was copied.",
    );
  }
  return apiKey;
}

function resolveBaseURL(value: unknown): { baseURL: string; origin: string } {
  const raw =
    value ?? readEnv("SGP_BASE_URL") ?? readEnv("SGP_CLIENT_BASE_URL") ?? DEFAULTS.baseURL;
  const expected = 'an absolute http(s) URL such as "https://api.egp.scale.com"';
  if (typeof raw !== "string") throw optionError("baseURL", expected, raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw optionError("baseURL", expected, raw);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw optionError("baseURL", expected, raw);
  if (url.search || url.hash || url.username || url.password) {
    throw optionError("baseURL", `${expected}, without query, fragment or credentials`, raw);
  }
  return { baseURL: url.href.replace(/\/+$/, ""), origin: url.origin };
}

function resolveOptionalString(name: string, value: unknown, envName: string): string | undefined {
  if (value === undefined) return readEnv(envName);
  if (typeof value !== "string" || value.trim() === "" || !HEADER_VALUE_RE.test(value)) {
    throw optionError(name, "a non-empty string without line breaks", value);
  }
  return value.trim();
}

/** Validates a header record; shared by `defaultHeaders` and the per-request `headers`. */
export function validateHeaders(name: string, value: unknown): Record<string, HeaderValue> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw optionError(name, "an object of header names to string or null values", value);
  }
  for (const [header, headerValue] of Object.entries(value)) {
    if (!HEADER_NAME_RE.test(header)) {
      throw new SGPError(
        `Invalid option \`${name}\`: ${JSON.stringify(header)} is not a valid header name.`,
      );
    }
    const isValid =
      headerValue === null ||
      headerValue === undefined ||
      (typeof headerValue === "string" && HEADER_VALUE_RE.test(headerValue));
    if (!isValid) {
      throw new SGPError(
        `Invalid option \`${name}\`: the value of ${JSON.stringify(header)} must be a string without line breaks, or null to remove the header.`,
      );
    }
  }
  return value as Record<string, HeaderValue>;
}

/** Validates a number option; `integer` for counts. */
export function validateNumber(
  name: string,
  value: unknown,
  fallback: number,
  { min, integer }: { min: number; integer: boolean },
): number {
  if (value === undefined) return fallback;
  const isValid =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    (!integer || Number.isInteger(value));
  if (!isValid) {
    const kind = integer ? "an integer" : "a number of milliseconds";
    throw optionError(name, `${kind} ≥ ${min}`, value);
  }
  return value;
}

function resolveFetchOptions(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw optionError("fetchOptions", "an object of RequestInit fields", value);
  }
  const owned = CLIENT_OWNED_FETCH_OPTIONS.filter((key) => key in value);
  if (owned.length) {
    throw new SGPError(
      `Invalid option \`fetchOptions\`: ${owned.map((k) => `\`${k}\``).join(", ")} ${owned.length > 1 ? "are" : "is"} set by the client. Use \`defaultHeaders\` for headers and the per-request \`signal\` to abort.`,
    );
  }
  return value as Record<string, unknown>;
}

function resolveLogger(value: unknown): Logger {
  if (value === undefined) return console;
  const isLogger =
    typeof value === "object" &&
    value !== null &&
    ["error", "warn", "info", "debug"].every(
      (method) => typeof (value as Record<string, unknown>)[method] === "function",
    );
  if (!isLogger)
    throw optionError("logger", "an object with error, warn, info and debug methods", value);
  return value as Logger;
}

function checkOptionNames(options: object): void {
  for (const name of Object.keys(options)) {
    if ((OPTION_NAMES as readonly string[]).includes(name)) continue;
    const near = OPTION_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
    const hint = near
      ? ` Did you mean \`${near}\`?`
      : ` Known options: ${OPTION_NAMES.join(", ")}.`;
    throw new SGPError(`Unknown option \`${name}\`.${hint}`);
  }
}

/** Validates every option and applies defaults and environment variables, once. */
export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  if (typeof options !== "object" || options === null) {
    throw optionError("options", "an object", options);
  }
  checkOptionNames(options);
  const fetchImpl = options.fetch ?? (globalThis.fetch as Fetch | undefined);
  if (typeof fetchImpl !== "function") {
    throw new SGPError(
      "Invalid option `fetch`: expected a function. This runtime has no global fetch; pass one, e.g. undici's.",
    );
  }
  const rawLogLevel = options.logLevel ?? readEnv("SGP_LOG") ?? DEFAULTS.logLevel;
  if (!(LOG_LEVELS as readonly unknown[]).includes(rawLogLevel)) {
    throw optionError(
      `logLevel${options.logLevel === undefined ? " (from SGP_LOG)" : ""}`,
      LOG_LEVELS.join(" | "),
      rawLogLevel,
    );
  }
  const dangerouslyAllowBrowser = options.dangerouslyAllowBrowser ?? false;
  if (typeof dangerouslyAllowBrowser !== "boolean") {
    throw optionError("dangerouslyAllowBrowser", "a boolean", dangerouslyAllowBrowser);
  }
  return {
    apiKey: resolveApiKey(options.apiKey),
    ...resolveBaseURL(options.baseURL),
    accountId: resolveOptionalString("accountId", options.accountId, "SGP_ACCOUNT_ID"),
    timeoutMs: validateNumber("timeout", options.timeout, DEFAULTS.timeout, {
      min: 1,
      integer: false,
    }),
    maxRetries: validateNumber("maxRetries", options.maxRetries, DEFAULTS.maxRetries, {
      min: 0,
      integer: true,
    }),
    maxRetryDelayMs: validateNumber(
      "maxRetryDelay",
      options.maxRetryDelay,
      DEFAULTS.maxRetryDelay,
      {
        min: 0,
        integer: false,
      },
    ),
    defaultHeaders: validateHeaders("defaultHeaders", options.defaultHeaders),
    fetch: fetchImpl,
    fetchOptions: resolveFetchOptions(options.fetchOptions),
    logLevel: rawLogLevel as LogLevel,
    logger: resolveLogger(options.logger),
    dangerouslyAllowBrowser,
  };
}
