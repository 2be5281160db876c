import type { Answer } from "./respond.js";

/**
 * An answer as a test server wrote it, for {@link observeAnswers}.
 * @internal
 */
export interface ObservedAnswer {
  /** The method of the request it answers. */
  readonly method: string;
  /** The target of the request it answers, exactly as received. */
  readonly rawPath: string;
  /**
   * The openapi.yaml operation that answered: its method and path template. None for what the
   * router answers itself (400, 404, 405), for preflights, and for status faults.
   */
  readonly operation?: { readonly method: string; readonly path: string };
  /**
   * Who chose it: the route (also when a fault delayed or stalled it), a CORS preflight, or a
   * status fault the test injected.
   */
  readonly source: "route" | "preflight" | "fault";
  /** The HTTP status. */
  readonly status: number;
  /** The headers as the answer holds them; `content-length` is added when it is written. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The body as the answer holds it: whole even when a `stallBody` fault writes only part of
   * it, and present even when a 204 or 304 is written without one.
   */
  readonly body: string | undefined;
}

/** Receives every answer that any test server writes; it must not throw. */
type AnswerObserver = (answer: ObservedAnswer) => void;

const observers = new Set<AnswerObserver>();

/**
 * Calls `observer` with every answer that any test server created by this module instance
 * writes, until the returned function is called. For this project's own test suite, whose
 * setup file checks every answer against openapi.yaml; not exported from `sgp-client/testing`.
 * @internal
 */
export function observeAnswers(observer: AnswerObserver): () => void {
  observers.add(observer);
  return () => void observers.delete(observer);
}

/** What an observer learns about the request an answer is for. */
export interface ObservedRequest {
  method: string;
  rawPath: string;
  /** The path template of the operation that answers it, if any. */
  template: string | undefined;
}

/** Tells every observer about an answer about to be written. */
export function notifyObservers(
  request: ObservedRequest,
  source: ObservedAnswer["source"],
  answer: Answer,
): void {
  if (observers.size === 0) return;
  const { method, rawPath, template } = request;
  const operation =
    source === "route" && template !== undefined
      ? { operation: Object.freeze({ method, path: template }) }
      : {};
  const observed: ObservedAnswer = Object.freeze({
    method,
    rawPath,
    ...operation,
    source,
    status: answer.status,
    headers: Object.freeze({ ...answer.headers }),
    body: answer.body,
  });
  for (const observer of observers) observer(observed);
}
