/**
 * The one redactor: takes the API key out of anything an error or a log line could carry, should
 * a server echo it back or a custom fetch quote it.
 */

const REDACTED = "[redacted]";

/**
 * `value` with every occurrence of `secret` replaced by `[redacted]`: in a string, in each value
 * of a `Headers`, in an `Error`'s message, stack and causes (a copy), or inside parsed JSON (as
 * JSON escapes it). Values that do not hold the secret are returned as they are.
 */
export function redact<T>(value: T, secret: string): T {
  if (typeof value === "string") return value.replaceAll(secret, REDACTED) as T;
  if (value instanceof Headers) {
    const headers = new Headers();
    value.forEach((headerValue, name) => headers.append(name, redact(headerValue, secret)));
    return headers as T;
  }
  if (value instanceof Error) {
    const cause = redact(value.cause, secret);
    if (!`${value.message}${value.stack}`.includes(secret) && cause === value.cause) return value;
    const copy = new Error(redact(value.message, secret), { cause });
    copy.name = value.name;
    copy.stack = redact(String(value.stack), secret);
    return copy as T;
  }
  const json = value && typeof value === "object" ? JSON.stringify(value) : "";
  const escaped = JSON.stringify(secret).slice(1, -1);
  return json.includes(escaped) ? (JSON.parse(json.replaceAll(escaped, REDACTED)) as T) : value;
}
