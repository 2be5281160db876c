/** The promise `create()` returns: awaits to the data, and `.withResponse()` adds the raw response. */
import { readRequestId } from "../internal/body.js";

/** The parsed data with the raw `Response` and the server's request id. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

/**
 * A `Promise<T>` that also offers {@link APIPromise.withResponse}. The request starts at once;
 * both ways of awaiting share it.
 */
export class APIPromise<T> extends Promise<T> {
  // catch() and finally() go through then(); the promises they return are plain ones.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #result: Promise<Omit<WithResponse<T>, "requestId">>;

  /** @param result the parsed data and the response it came in. */
  constructor(result: Promise<Omit<WithResponse<T>, "requestId">>) {
    // The base promise is never used: every way of awaiting goes through #result.
    super((resolve) => resolve(undefined as T));
    this.#result = result;
  }

  /** Resolves to the parsed data, the raw `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result.then((result) => ({
      ...result,
      requestId: readRequestId(result.response.headers),
    }));
  }

  override then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One promise per `then`, as a plain promise's.
    return this.#result.then(
      (result) => (onFulfilled ? onFulfilled(result.data) : (result.data as unknown as R1)),
      onRejected,
    );
  }
}
