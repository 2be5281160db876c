/**
 * The path serializer of `create`, also handed to openapi-fetch for `client.POST`: refuses ids
 * that cannot travel as exactly one path segment, before anything is sent, then percent-encodes
 * the rest.
 */
import { SGPError } from "./errors.js";

// In a `u` regex, a surrogate pair is one code point; only a lone surrogate matches \p{Cs}.
const LONE_SURROGATE_RE = /\p{Cs}/u;

function checkPathParam(name: string, value: unknown): void {
  const problem =
    typeof value !== "string"
      ? `must be a string, received ${value === null ? "null" : typeof value}`
      : value === ""
        ? "must be a non-empty string, received ''"
        : // `.` and `..` are dot-segments: URL parsing removes them (openapi-fetch #2483).
          value === "." || value === ".."
          ? `cannot be ${JSON.stringify(value)}: URLs collapse dot-segments, so the request would reach another path`
          : // encodeURIComponent throws on lone surrogates.
            LONE_SURROGATE_RE.test(value)
            ? "is not a well-formed Unicode string (it has a lone surrogate)"
            : undefined;
  if (problem)
    throw new SGPError(
      `Invalid path parameter \`${name}\`: it ${problem}. Pass the id as SGP shows it.`,
    );
}

/**
 * Checks every path parameter, then puts each one, percent-encoded, in place of its `{name}`.
 * The spec's path parameters are all simple-style strings, so this is all openapi-fetch's
 * default serializer would do here, without its per-call regular expressions.
 */
export function serializePath(pathname: string, pathParams: Record<string, unknown>): string {
  let path = pathname;
  for (const name in pathParams) {
    const value = pathParams[name];
    checkPathParam(name, value);
    // A function replacement, so that `$&` in an id is not a replacement pattern.
    path = path.replace(`{${name}}`, () => encodeURIComponent(value as string));
  }
  return path;
}
