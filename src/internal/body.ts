/**
 * Reading what a response carries: its body within a size limit, kept for later readers, its
 * request id, and excerpts a message can quote.
 */

/** The body was longer than the client reads; `length` is what was known when it stopped. */
export class BodyTooLarge extends Error {
  constructor(readonly length: number | undefined) {
    super("response body too large");
  }
}

const KEPT = Symbol.for("sgp-client.kept-body");

/** The request id from `x-request-id` or its common variants; null when the server sent none. */
export function readRequestId(headers: Headers): string | null {
  return (
    headers.get("x-request-id") ?? headers.get("request-id") ?? headers.get("x-amzn-requestid")
  );
}

/**
 * The body as text, read whole, refusing more than `limitBytes`: at once from `Content-Length`,
 * and by counting while it streams (a chunked body has no length up front).
 */
export async function readBody(response: Response, limitBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > limitBytes) throw new BodyTooLarge(declared);
  const reader = response.body?.getReader();
  if (!reader) return "";
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(undefined);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Makes `text()`, `json()` and `clone()` of a response whose body the transport read serve
 * `text`, instead of building a second Response (read other forms from a clone).
 */
export function keepBody(response: Response, text: string): Response {
  const kept = response as { -readonly [K in keyof Response]: Response[K] } & { [KEPT]?: string };
  kept[KEPT] = text;
  kept.text = () => Promise.resolve(text);
  kept.json = async () => JSON.parse(text) as unknown;
  kept.clone = () => {
    // An empty body is null: 204, 205 and 304 cannot have one (Fetch spec: null body status).
    const copy = new Response(text || null, response);
    return Object.defineProperty(copy, "url", { value: response.url });
  };
  return response;
}

/** The text the transport kept for `response`, if it read the body. */
export function readKeptText(response: Response): string | undefined {
  return (response as { [KEPT]?: string })[KEPT];
}

/** A text shortened for a message: one line, at most 200 characters. */
export function excerpt(text: string): string {
  const line = text.slice(0, 1000).replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Why a success body cannot be used, as a sentence for an error message. */
export function notJsonNote(text: string): string {
  return text
    ? `The response body is not a JSON object: "${excerpt(text)}"`
    : "The response body is empty; expected a JSON object";
}

/** A body as JSON when it parses, else its text; undefined when empty. */
export function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
