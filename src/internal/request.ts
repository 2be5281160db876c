/**
 * The `Request` class handed to openapi-fetch. With no middleware registered, openapi-fetch's
 * request only carries fields to the transport, which hands them to `fetch(url, init)`: a
 * runtime's `Request` would parse the URL, copy the headers and follow the signal for nothing,
 * and undici's fetch builds its own again. Middleware gets a real `Request`, as it expects. Also:
 * how a request is named in messages.
 */
import { escapeControl } from "./escape.js";
import type { Log } from "./log.js";

// A character a reader cannot see at the edge of an id, or a control character anywhere.
const HIDDEN_RE = /^\s|\s$|[\0-\x1f\x7f-\x9f]/;

/**
 * A request in the caller's terms, for messages: `POST /v4/model-groups/g/models/m`. A path
 * segment whose id starts or ends with whitespace, or holds a control character, is shown
 * decoded and JSON-quoted, so that `"mg_1\n"` cannot read as `mg_1`.
 */
export function describeRequest(method: string, url: string): string {
  const segments = new URL(url).pathname.split("/").map((segment) => {
    try {
      const id = decodeURIComponent(segment);
      return HIDDEN_RE.test(id) ? escapeControl(JSON.stringify(id)) : segment;
    } catch {
      return segment;
    }
  });
  return `${method} ${segments.join("/")}`;
}

/** Where a request carries its client's log, for `sgp-client/validation`'s warnings. */
export const LOG_KEY = Symbol.for("sgp-client.log");

/**
 * Whether the caller reads the body itself (`asResponse()`): the transport then returns the final
 * response as soon as its headers are in. A holder, because `asResponse()` is called after the
 * call has started.
 */
export interface BodyMode {
  isRaw: boolean;
}

/** The per-request options a request carries to the transport, beside fetch's own fields. */
export interface RequestExtras {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  fetchOptions?: Record<string, unknown> | undefined;
  bodyMode?: BodyMode | undefined;
  [LOG_KEY]?: Log;
}

/** A request as the transport reads it: fetch's fields and the client's extras. */
export interface ClientRequest extends RequestExtras {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | ReadableStream | null | undefined;
  readonly signal: AbortSignal | null | undefined;
}

/** The fields of a request, as openapi-fetch gave them; nothing parsed, copied or followed. */
export class LightRequest {
  constructor(
    readonly url: string,
    init: RequestInit & RequestExtras,
  ) {
    // openapi-fetch's init holds method, headers (a Headers), body, signal and the extras.
    Object.assign(this, init);
  }
}

/**
 * The `Request` option of one client's openapi-fetch: a light request while no middleware is
 * registered, a real one otherwise; either carries the client's log. `instanceof` accepts both,
 * since openapi-fetch checks what an `onRequest` middleware returns with it.
 */
export function requestClass(log: Log, hasMiddleware: () => boolean): typeof Request {
  // The log sits on the prototype of this client's light requests: nothing to write per request.
  class ClientLightRequest extends LightRequest {}
  Object.defineProperty(ClientLightRequest.prototype, LOG_KEY, { value: log });
  function SGPRequest(url: string, init: RequestInit & RequestExtras): ClientRequest {
    if (!hasMiddleware()) return new ClientLightRequest(url, init) as unknown as ClientRequest;
    const request = new Request(url, init) as ClientRequest;
    request[LOG_KEY] = log;
    return request;
  }
  Object.defineProperty(SGPRequest, Symbol.hasInstance, {
    value: (value: unknown) => value instanceof Request || value instanceof LightRequest,
  });
  return SGPRequest as unknown as typeof Request;
}
