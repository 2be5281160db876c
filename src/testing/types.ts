import type { ModelInstance } from "../types.js";

/** Options of {@link createTestServer}; every one is optional. */
export interface TestServerOptions {
  /**
   * The `x-api-key` values the server accepts; `apiKey` on the server is the first one.
   * @default [TEST_API_KEY]
   */
  apiKeys?: readonly string[];
  /**
   * The interface to listen on.
   * @default "127.0.0.1"
   */
  host?: string;
  /**
   * The port to listen on; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * Whether to answer CORS preflights and add CORS headers, for tests that run in a browser.
   * `true` allows any origin (the request's `Origin` is echoed); `{ origin }` allows that one.
   * @default false
   */
  cors?: boolean | { origin?: string };
  /**
   * Whether to start with the seeded model groups and model instances (see `seeded`).
   * @default true
   */
  seed?: boolean;
}

/** A fault that answers with this status, headers and body instead of the normal answer. */
export interface StatusFault {
  /** The HTTP status to send, 200–599. */
  status: number;
  /** Headers to send; they win over the server's own (`content-type`, `x-request-id`). */
  headers?: Record<string, string>;
  /**
   * The body: a string is sent as-is (`text/html` if it starts with `<`, else `text/plain`),
   * anything else as JSON. Absent, it is `{ "detail": "<status text>" }`.
   */
  body?: unknown;
}

/** A fault that waits `delayMs` milliseconds, then answers normally; `close()` cancels it. */
export interface DelayFault {
  /** How long to wait before answering, in milliseconds. */
  delayMs: number;
}

/**
 * A fault that sends the normal answer's status and headers (with its `content-length`) and
 * part of its body, then never finishes the body until the server closes.
 */
export interface StallBodyFault {
  stallBody: true;
}

/** A fault that resets the connection without sending any response. */
export interface ResetFault {
  reset: true;
}

/** What `injectFault` can make the next requests suffer. */
export type Fault = StatusFault | DelayFault | StallBodyFault | ResetFault;

/**
 * The decoded path parameters of a request, by the names of the openapi.yaml path template it
 * matched: `{ model_group_id, model_instance_id }` for the add-model-instance route.
 */
export type PathParams = Readonly<Record<string, string>>;

/** A request the server received, with every credential redacted. */
export interface RecordedRequest {
  /** The request method, e.g. `POST`. */
  readonly method: string;
  /** The request target exactly as received: still percent-encoded, with any query. */
  readonly rawPath: string;
  /** The decoded path parameters, when the path matched a path template of openapi.yaml. */
  readonly pathParams?: PathParams;
  /** The operationId in openapi.yaml of the operation the request reached, when it reached one. */
  readonly operationId?: string;
  /**
   * The request headers, with lower-case names; the values of `x-api-key`, `authorization`,
   * `proxy-authorization` and `cookie` are replaced by `"[redacted]"`.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether the request carried an accepted `x-api-key`. */
  readonly hasValidApiKey: boolean;
  /** The `x-selected-account-id` header, when sent. */
  readonly accountId?: string;
  /** The `x-request-id` the server gave the response (none is sent for a reset). */
  readonly requestId: string;
}

/** What `addModelGroup` accepts; every field is optional. */
export interface ModelGroupInput {
  /** The group's id; generated (`mg_added_0001`, …) when absent. */
  id?: string;
  /** The group's name; generated when absent. */
  name?: string;
  /** The account that owns the group; the seeded account when absent. Not enforced. */
  accountId?: string;
}

/** A model group as the test server stores it. */
export interface ModelGroup {
  id: string;
  name: string;
}

/**
 * The ids of the seeded data; the first group and first instance are the demo pair. The seeded
 * instances are openapi.yaml's `ModelInstance` examples (`components.examples`), in its order,
 * with their optional fields as the examples give them: set, or `null` as SGP sends them.
 */
export interface SeededIds {
  readonly modelGroupIds: readonly string[];
  readonly modelInstanceIds: readonly string[];
}

/** A running stand-in SGP server; see {@link createTestServer}. */
export interface TestServer {
  /** The base URL, e.g. `http://127.0.0.1:54321`, with no trailing slash. */
  readonly url: string;
  /** The first accepted API key. */
  readonly apiKey: string;
  /** The ids of the seeded data (empty when `seed: false`). */
  readonly seeded: SeededIds;
  /** Every request received so far, in order of arrival. */
  readonly requests: readonly RecordedRequest[];
  /** Adds (or replaces) a model group; returns a copy of it. */
  addModelGroup(group?: ModelGroupInput): ModelGroup;
  /** Adds (or replaces) a model instance, filling realistic defaults; returns a copy of it. */
  addModelInstance(instance?: Partial<ModelInstance>): ModelInstance;
  /** Returns a copy of the stored model instance, or `undefined`. */
  getModelInstance(id: string): ModelInstance | undefined;
  /** Makes the next `times` requests of any kind suffer `fault`, after earlier injections. */
  injectFault(fault: Fault, times?: number): void;
  /** Drops every pending fault. */
  clearFaults(): void;
  /** Forgets the recorded requests. */
  clearRequests(): void;
  /**
   * Resolves with the recorded requests once at least `count` are recorded; rejects if the
   * server closes first. Lets a test wait for a request that will not be answered soon.
   */
  waitForRequests(count: number): Promise<readonly RecordedRequest[]>;
  /** Stops listening and ends every connection, even stalled ones; safe to call twice. */
  close(): Promise<void>;
  /** The same as `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}
