import { standInPaths, type StandInOperation, type StandInPath } from "../../generated/stand-in.js";
import type { PathParams } from "./types.js";

/** What a raw request target is, for routing. */
export type PathMatch =
  | {
      kind: "route";
      /** The path template that matched, as openapi.yaml writes it. */
      template: string;
      params: PathParams;
      /** The methods the path's templates declare, for `Allow`. */
      allow: readonly string[];
      /** The operation for the request's method; none means 405. */
      operation: StandInOperation | undefined;
    }
  | { kind: "unknown" }
  | { kind: "malformed" };

/**
 * One segment of a template: fixed text, or a pattern with the parameters it captures and how
 * literal it is (1: partly fixed text, `{name}.json`; 2: a whole parameter, `{name}`).
 */
type SegmentMatcher = string | { pattern: RegExp; names: string[]; rank: 1 | 2 };

/** A path template split into segment matchers, ready to match decoded segments. */
export interface CompiledPath {
  path: StandInPath;
  segments: SegmentMatcher[];
}

const PARAMETER = /\{([^{}/]+)\}/g;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compileSegment(segment: string): SegmentMatcher {
  const names = [...segment.matchAll(PARAMETER)].map((match) => match[1] as string);
  if (names.length === 0) return segment;
  // A parameter is never empty, as Starlette's `[^/]+`; `s`: a decoded %0A is a character too.
  const source = segment
    .split(PARAMETER)
    .map((part, index) => (index % 2 === 1 ? "(.+)" : escapeRegExp(part)))
    .join("");
  return { pattern: new RegExp(`^${source}$`, "s"), names, rank: source === "(.+)" ? 2 : 1 };
}

/** How literal a segment is: fixed text first, then partly fixed, then a whole parameter. */
const rank = (matcher: SegmentMatcher): number => (typeof matcher === "string" ? 0 : matcher.rank);

/**
 * Compiles path templates, most literal first: OpenAPI 3.1 §4.8.8.2 matches concrete paths
 * before templated ones (`/models/latest` before `/models/{id}`); ties keep the spec's order.
 */
export function compilePaths(paths: readonly StandInPath[]): CompiledPath[] {
  const compiled = paths.map((path) => ({
    path,
    segments: path.template.split("/").map(compileSegment),
  }));
  const ranks = new Map(compiled.map((entry) => [entry, entry.segments.map(rank)]));
  return compiled.sort((a, b) => {
    const [left = [], right = []] = [ranks.get(a), ranks.get(b)];
    const differs = left.findIndex((value, index) => value !== right[index]);
    return differs === -1 ? 0 : (left[differs] ?? 0) - (right[differs] ?? 0);
  });
}

/** The paths openapi.yaml declares, compiled once. */
export const SPEC_PATHS: readonly CompiledPath[] = compilePaths(standInPaths);

/** The parameters of `segments` under `compiled`, or undefined when they do not match. */
function paramsOf(compiled: CompiledPath, segments: readonly string[]): PathParams | undefined {
  if (compiled.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, matcher] of compiled.segments.entries()) {
    const segment = segments[index] as string;
    if (typeof matcher === "string") {
      if (matcher !== segment) return undefined;
      continue;
    }
    const match = matcher.pattern.exec(segment);
    if (match === null) return undefined;
    for (const [position, name] of matcher.names.entries()) params[name] = match[position + 1]!;
  }
  return params;
}

/** Every method the spec declares for any of `paths`, each once. */
export function methodsOf(paths: readonly CompiledPath[]): string[] {
  return [...new Set(paths.flatMap(({ path }) => Object.keys(path.operations)))];
}

/**
 * Matches a raw request target against the path templates of openapi.yaml. Each segment is
 * percent-decoded on its own, after splitting on `/`, so that an encoded `/` (`%2F`) stays inside
 * its parameter and `%2e%2e` is a value, not a step up (RFC 3986 §2.4, §3.3). An empty parameter
 * does not match, as in Starlette, whose `{param}` matches `[^/]+`: FastAPI answers
 * `/v4/model-groups//models/x` with its 404, never with a 422. The first template that matches
 * and declares `method` wins; when templates match but none declares it, the answer is 405.
 */
export function matchPath(
  method: string,
  rawPath: string,
  paths: readonly CompiledPath[] = SPEC_PATHS,
): PathMatch {
  const queryStart = rawPath.indexOf("?");
  const pathname = queryStart === -1 ? rawPath : rawPath.slice(0, queryStart);
  let segments: string[];
  try {
    segments = pathname.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return { kind: "malformed" };
  }
  const matches = paths.flatMap((compiled) => {
    const params = paramsOf(compiled, segments);
    return params === undefined ? [] : [{ compiled, params }];
  });
  const [first] = matches;
  if (first === undefined) return { kind: "unknown" };
  const chosen = matches.find(({ compiled }) => Object.hasOwn(compiled.path.operations, method));
  const { compiled, params } = chosen ?? first;
  return {
    kind: "route",
    template: compiled.path.template,
    params,
    allow: methodsOf(matches.map((match) => match.compiled)),
    operation: chosen === undefined ? undefined : compiled.path.operations[method],
  };
}
