/**
 * The path serializer handed to openapi-fetch: refuses ids that cannot travel as exactly one path
 * segment, before anything is sent, then percent-encodes the rest.
 */
import { SGPClientError } from "../core/errors.js";

// In a `u` regex, a surrogate pair is one code point; only a lone surrogate matches \p{Cs}.
const LONE_SURROGATE_RE = /\p{Cs}/u;

function problemWith(value: unknown): string | undefined {
  return typeof value !== "string"
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
}

/**
 * Puts each path parameter, checked and percent-encoded, in place of its `{name}` in `url`. The
 * spec's path parameters are all simple-style strings, so this is all openapi-fetch's default
 * serializer would do here, without its parsing of each parameter's style.
 */
export function serializePath(url: string, pathParams: Record<string, unknown>): string {
  return url.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    const problem = problemWith(value);
    if (problem) {
      throw new SGPClientError(
        `Invalid path parameter \`${name}\`: it ${problem}. Pass the id as SGP shows it.`,
      );
    }
    return encodeURIComponent(value as string);
  });
}
