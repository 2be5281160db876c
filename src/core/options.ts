/** The client's options: their types and the one DEFAULTS object. Validation is internal. */

/** Log levels, from quietest to loudest. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go; `console` fits. Only the methods for enabled levels are called. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/**
 * The structured second argument of the client's `info` and `debug` log calls, for a logger
 * that filters or ships fields. Header values are redacted by name; server text is escaped.
 */
export interface LogFields {
  method: string;
  url: string;
  /** This attempt's number, from 1, and how many the request may make. */
  attempt: number;
  attempts: number;
  status?: number | undefined;
  requestId?: string | null | undefined;
  durationMs?: number | undefined;
  /** The wait before the next attempt. */
  delayMs?: number | undefined;
  /** Why the attempt failed, when it did: a status and reason phrase, a timeout, a connection error. */
  reason?: string | undefined;
  headers?: Record<string, string> | undefined;
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
   * The most bytes of a response body the client reads; a longer body fails with
   * `ResponseTooLargeError`, without a retry. A ModelInstance is about 1 KB.
   * @default 10485760 (10 MiB)
   */
  maxResponseSize?: number | undefined;
  /**
   * Headers sent with every request, after the client's own; a `null` value removes one.
   * @default {}
   */
  defaultHeaders?: Headers | Record<string, HeaderValue> | undefined;
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

/** Per-request options of resource methods such as `modelGroups.models.create`, as in the official SDKs. */
export interface RequestOptions {
  /** Aborts the request, during an attempt or a wait between attempts. */
  signal?: AbortSignal | null | undefined;
  /** Overrides {@link ClientOptions.timeout} for this request. */
  timeout?: number | undefined;
  /** Overrides {@link ClientOptions.maxRetries} for this request. */
  maxRetries?: number | undefined;
  /** Headers for this request only, applied last; a `null` value removes one. */
  headers?: Headers | Record<string, HeaderValue> | undefined;
  /** Extra `RequestInit` fields for this request, over {@link ClientOptions.fetchOptions}. */
  fetchOptions?: RequestInit | Record<string, unknown> | undefined;
}

/** Every default in one place; the TSDoc `@default`s above mirror it. */
export const DEFAULTS = {
  baseURL: "https://api.egp.scale.com",
  timeout: 60_000,
  maxRetries: 2,
  maxRetryDelay: 60_000,
  maxResponseSize: 10 * 1024 * 1024,
  logLevel: "warn",
} as const satisfies Partial<ClientOptions>;
