/**
 * The path serializer handed to openapi-fetch: refuses ids that cannot travel as exactly one
 * path segment, before anything is sent, then percent-encodes the rest.
 */
import { defaultPathSerializer } from "openapi-fetch";
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

/** Checks every path parameter, then builds the URL with each one encoded as a single segment. */
export function serializePath(pathname: string, pathParams: Record<string, unknown>): string {
  for (const name in pathParams) checkPathParam(name, pathParams[name]);
  return defaultPathSerializer(pathname, pathParams);
}
