/**
 * The promise resource methods return, as in the Stainless SDKs (openai-node's `APIPromise`):
 * it awaits to the parsed data, `.withResponse()` adds the raw `Response` and the request id,
 * and `.asResponse()` gives the raw `Response` with its body unread.
 */
import { readRequestId } from "../internal/body.js";

/**
 * The data with the server's request id as a non-enumerable `_request_id`, for objects (as the
 * Stainless SDKs add it); arrays, `Response`s and other values are left as they are.
 */
export type WithRequestID<T> = T extends readonly unknown[] | Response
  ? T
  : T extends object
    ? T & { _request_id?: string | null }
    : T;

/** What `withResponse()` resolves to: the parsed data, the raw `Response`, the request id. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The `x-request-id` the server sent (or a common variant of it); null when it sent none. */
  request_id: string | null;
}

/**
 * How an APIPromise gets its answer. The request starts when the call is made; `response`
 * settles once the final answer's headers are in (after any retries) and rejects with the
 * call's error. `parse` reads the data from that response.
 * @internal
 */
export interface APIPromiseSource<T> {
  response: Promise<Response>;
  parse: (response: Response) => T | Promise<T>;
  /** Called by `asResponse()`, before the answer arrives: leave the body for the caller. */
  leaveBodyUnread: () => void;
}

function addRequestID<T>(value: T, response: Response): WithRequestID<T> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    Object.defineProperty(value, "_request_id", {
      value: readRequestId(response.headers),
      enumerable: false,
    });
  }
  return value as WithRequestID<T>;
}

/**
 * A `Promise` of the parsed data that also offers {@link APIPromise.withResponse} and
 * {@link APIPromise.asResponse}. The request starts at once; every way of awaiting shares it.
 */
export class APIPromise<T> extends Promise<WithRequestID<T>> {
  // catch() and finally() go through then(); the promises they return are plain ones.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #source: APIPromiseSource<T>;
  #parsed: Promise<WithRequestID<T>> | undefined;

  /** @internal */
  constructor(source: APIPromiseSource<T>) {
    // The base promise is never used: every way of awaiting goes through #source.
    super((resolve) => resolve(undefined as WithRequestID<T>));
    this.#source = source;
  }

  /**
   * The raw `Response`, its body unread, once the final answer's headers are in: after any
   * retries, none after that. The call's `timeout` ends with the headers; its `signal` still
   * aborts reading the body. An error status rejects with the call's `APIError`, as awaiting
   * does. Call it when making the call (`await client.….create(…).asResponse()`): called later,
   * it may get the response with its body already read (its `text()`, `json()` and `clone()`
   * still work).
   */
  asResponse(): Promise<Response> {
    this.#source.leaveBodyUnread();
    return this.#source.response;
  }

  /** The parsed data, the raw `Response` (its body read into `data`) and the request id. */
  async withResponse(): Promise<WithResponse<WithRequestID<T>>> {
    const [data, response] = await Promise.all([this.#parse(), this.#source.response]);
    return { data, response, request_id: readRequestId(response.headers) };
  }

  #parse(): Promise<WithRequestID<T>> {
    const { response, parse } = this.#source;
    return (this.#parsed ??= response.then((r) => {
      const data = parse(r);
      return data instanceof Promise
        ? data.then((read: T) => addRequestID(read, r))
        : addRequestID(data, r);
    }));
  }

  override then<R1 = WithRequestID<T>, R2 = never>(
    onFulfilled?: ((value: WithRequestID<T>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parse().then(onFulfilled, onRejected);
  }
}
