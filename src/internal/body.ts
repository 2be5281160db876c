/** Reading what a response carries: its request id, and its body as text a message can quote. */

/** The request id from `x-request-id` or its common variants. */
export function readRequestId(headers: Headers): string | undefined {
  return (
    headers.get("x-request-id") ??
    headers.get("request-id") ??
    headers.get("x-amzn-requestid") ??
    undefined
  );
}

/** A text shortened for a message: one line, at most 200 characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
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
