/**
 * Option validation: one table of checks, typed against `ClientOptions`, and resolveOptions(),
 * which validates everything once at construction so that no request does that work again.
 */
import { SGPClientError } from "../core/errors.js";
import {
  DEFAULTS,
  type ClientOptions,
  type Fetch,
  type HeaderValue,
  type LogLevel,
  type Logger,
  type RequestOptions,
} from "../core/options.js";
import { readEnv } from "./env.js";
import { escapeControl } from "./escape.js";
import type {} from "./platform.js";
import { checkHeaders, HEADER_VALUE_RE, isObject } from "./headers.js";

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
  maxResponseSizeBytes: number;
  defaultHeaders: Record<string, HeaderValue>;
  fetch: Fetch;
  fetchOptions: Record<string, unknown>;
  logLevel: LogLevel;
  logger: Logger;
  dangerouslyAllowBrowser: boolean;
}

const LOG_LEVELS = ["off", "error", "warn", "info", "debug"];
const CLIENT_OWNED_FETCH_OPTIONS = ["method", "body", "headers", "signal", "redirect"];

/** What a check says about a bad value: the sentence after "Invalid option `name`: ". */
type Check = (value: unknown) => string | undefined;

// A value quoted in a message may come from the environment: bounded, and no control characters.
function shown(value: unknown): string {
  return typeof value === "string"
    ? escapeControl(JSON.stringify(value.slice(0, 40)))
    : isObject(value)
      ? "an object"
      : String(value);
}

export const expect =
  (expected: string, isValid: (value: unknown) => unknown): Check =>
  (value) =>
    isValid(value) ? undefined : `expected ${expected}, received ${shown(value)}`;

const number = (min: number, isInteger?: boolean): Check =>
  expect(
    `${isInteger ? "an integer" : "a number of milliseconds"} ≥ ${min}`,
    (value) =>
      typeof value === "number" &&
      value >= min &&
      (isInteger ? Number.isInteger(value) : value < Infinity),
  );

function parseBaseURL(value: unknown): URL | undefined {
  try {
    const url = new URL(String(value));
    const isPlain = !url.search && !url.hash && !url.username && !url.password;
    return /^https?:$/.test(url.protocol) && isPlain ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every option's check, run on the value given (or read from the environment). Typed against
 * `ClientOptions`: an option cannot be added to the interface without a check, nor checked here
 * without being in the interface.
 */
const CHECKS: { [Name in keyof ClientOptions]-?: Check } = {
  // The key itself never goes into a message: only its type.
  apiKey: (value) =>
    typeof value !== "string"
      ? `expected a string, received ${typeof value}`
      : HEADER_VALUE_RE.test(value)
        ? undefined
        : "it holds a line break or control character; check how it was copied",
  baseURL: expect(
    'an absolute http(s) URL without query or credentials, like "https://api.egp.scale.com"',
    parseBaseURL,
  ),
  accountId: expect(
    "a non-empty string without line breaks",
    (value) => typeof value === "string" && value.trim() && HEADER_VALUE_RE.test(value),
  ),
  timeout: number(1),
  maxRetries: number(0, true),
  maxRetryDelay: number(0),
  maxResponseSize: expect(
    "a whole number of bytes ≥ 1",
    (value) => Number.isSafeInteger(value) && (value as number) >= 1,
  ),
  defaultHeaders: checkHeaders,
  fetch: expect(
    // Browsers always have a fetch.
    `a function${typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__ ? "" : " (this runtime has no global fetch; pass one, e.g. undici's)"}`,
    (value) => typeof value === "function",
  ),
  fetchOptions: (value) => {
    if (!isObject(value)) return expect("an object of RequestInit fields", () => false)(value);
    const owned = CLIENT_OWNED_FETCH_OPTIONS.filter((key) => key in value);
    return owned.length
      ? `${owned.join(", ")} belong to the client; use \`defaultHeaders\` for headers and the per-request \`signal\` to abort`
      : undefined;
  },
  logLevel: expect(LOG_LEVELS.join(" | "), (value) => LOG_LEVELS.includes(value as string)),
  logger: expect(
    "an object with error, warn, info and debug methods",
    (value) =>
      isObject(value) && LOG_LEVELS.slice(1).every((level) => typeof value[level] === "function"),
  ),
  dangerouslyAllowBrowser: expect("a boolean", (value) => typeof value === "boolean"),
};

const OPTION_NAMES = Object.keys(CHECKS);

/**
 * Throws an SGPClientError naming `name` when `check` finds `value` bad; undefined passes
 * unless `isRequired`.
 */
export function checkOption<T>(name: string, value: T, check: Check, isRequired?: boolean): T {
  const problem = value === undefined && !isRequired ? undefined : check(value);
  if (problem) throw new SGPClientError(`Invalid option \`${name}\`: ${problem}.`);
  return value;
}

/** Each per-request option's check, typed against `RequestOptions` like CHECKS. */
const REQUEST_CHECKS: { [Name in keyof RequestOptions]-?: Check } = {
  timeout: CHECKS.timeout,
  maxRetries: CHECKS.maxRetries,
  headers: checkHeaders,
  signal: expect("an AbortSignal", (value) => value === null || value instanceof AbortSignal),
  fetchOptions: CHECKS.fetchOptions,
};

/** Checks a call's per-request options before anything is sent; throws naming the option. */
export function checkRequestOptions(options: RequestOptions): void {
  checkOption("options", options, expect("an object", isObject));
  for (const [name, check] of Object.entries(REQUEST_CHECKS)) {
    checkOption(name, options[name as keyof RequestOptions], check);
  }
}

function checkOptionNames(options: object): void {
  for (const name of Object.keys(options)) {
    if (name in CHECKS) continue;
    const near = OPTION_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
    throw new SGPClientError(
      `Unknown option \`${name}\`.${near ? ` Did you mean \`${near}\`?` : ` Known options: ${OPTION_NAMES.join(", ")}.`}`,
    );
  }
}

/** The environment variables each option falls back to, in the order they are read. */
const ENV: Partial<Record<keyof ClientOptions, string[]>> = {
  apiKey: ["SGP_API_KEY"],
  baseURL: ["SGP_BASE_URL", "SGP_CLIENT_BASE_URL"],
  accountId: ["SGP_ACCOUNT_ID"],
};

/**
 * The log level an environment variable names, or undefined when it is unset or names none. A
 * typo in the environment must not stop an app, so an unknown value is one warning (naming the
 * variable, the value and the accepted values), as openai-node does; a bad `logLevel` passed in
 * code still throws.
 */
export function logLevelFromEnv(
  variable: string,
  value: string | undefined,
  warn: (message: string) => void,
): LogLevel | undefined {
  if (value === undefined || LOG_LEVELS.includes(value)) return value as LogLevel | undefined;
  warn(
    `${variable} is ${shown(value)}, which is not a log level (${LOG_LEVELS.join(", ")}); using "${DEFAULTS.logLevel}".`,
  );
  return undefined;
}

/** Validates every option and applies environment variables and defaults, once. */
export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  checkOption("options", options, expect("an object", isObject));
  checkOptionNames(options);
  const values: ClientOptions = {
    ...DEFAULTS,
    fetch: globalThis.fetch,
    logger: console,
    defaultHeaders: {},
    fetchOptions: {},
    dangerouslyAllowBrowser: false,
  };
  for (const name of OPTION_NAMES as (keyof ClientOptions)[]) {
    let value: unknown = options[name];
    let label: string = name;
    // A blank key is no key: the environment's is used instead.
    if (name === "apiKey" && typeof value === "string") value = value.trim() || undefined;
    // Browsers have no environment: their build leaves the table out.
    if (!(typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__)) {
      for (const variable of ENV[name] ?? []) {
        if (value !== undefined) break;
        value = readEnv(variable);
        label = `${name} (from ${variable})`;
      }
    }
    checkOption(label, value, CHECKS[name]);
    if (value !== undefined) Object.assign(values, { [name]: value });
  }
  if (
    options.logLevel === undefined &&
    !(typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__)
  ) {
    const logger = values.logger as Logger;
    const level = logLevelFromEnv("SGP_LOG", readEnv("SGP_LOG"), (message) =>
      logger.warn(`[sgp-client] ${message}`),
    );
    if (level) values.logLevel = level;
  }
  if (!values.apiKey) {
    throw new SGPClientError(
      `Missing API key: pass \`apiKey\` to new SGPClient({ apiKey })${typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__ ? "" : " or set the SGP_API_KEY environment variable"}.`,
    );
  }
  checkOption("fetch", values.fetch, CHECKS.fetch, true);
  const url = parseBaseURL(values.baseURL) as URL;
  return {
    ...(values as Required<ClientOptions>),
    baseURL: url.href.replace(/\/+$/, ""),
    url,
    accountId: values.accountId?.trim(),
    timeoutMs: values.timeout as number,
    maxRetryDelayMs: values.maxRetryDelay as number,
    maxResponseSizeBytes: values.maxResponseSize as number,
    // Spread into the client's header record: a Headers object becomes one.
    defaultHeaders:
      values.defaultHeaders instanceof Headers
        ? Object.fromEntries(values.defaultHeaders)
        : values.defaultHeaders,
  } as ResolvedOptions;
}
