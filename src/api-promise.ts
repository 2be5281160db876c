/** The promise `create()` returns: awaits to the data, and `.withResponse()` adds the raw response. */

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
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    // The base promise is never used: every way of awaiting goes through #result.
    super((resolve) => resolve(undefined as T));
    this.#result = result;
  }

  /** Resolves to the parsed data, the raw `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  override then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result.then((result) => result.data).then(onFulfilled, onRejected);
  }

  override catch<R = never>(
    onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<T | R> {
    return this.then(undefined, onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }
}
