/** Header records as options take them: checked once, before anything is sent. */

// RFC 9110 §5.5: field values are visible characters, spaces and tabs, never CR, LF or NUL.
export const HEADER_VALUE_RE = /^[\t\x20-\x7e\x80-\xff]*$/;
// RFC 9110 §5.1: a field name is a token.
const HEADER_NAME_RE = /^[!#$%&'*+.^`|~\w-]+$/;

/** Whether `value` is a plain object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What is wrong with a header record (`defaultHeaders`, a request's `headers`), or undefined:
 * each name must be a token, each value a string without line breaks, `null` (removes the
 * header) or `undefined` (leaves it as an earlier layer set it).
 */
export function checkHeaders(value: unknown): string | undefined {
  // A Headers object checked its names and values as they were set.
  if (value instanceof Headers) return undefined;
  if (!isObject(value)) return "expected an object of header names to string or null values";
  for (const [name, headerValue] of Object.entries(value)) {
    const isValueValid =
      headerValue == null || (typeof headerValue === "string" && HEADER_VALUE_RE.test(headerValue));
    if (!HEADER_NAME_RE.test(name) || !isValueValid) {
      return `header ${JSON.stringify(name)} needs a valid name and a string value without line breaks (or null, to remove it)`;
    }
  }
  return undefined;
}
