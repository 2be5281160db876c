/**
 * Rules for responses and media types. openapi-fetch returns the bodies of every `2xx`
 * response, of every media type, as one union in `data`, and those of every `4xx`, `5xx` and
 * `default` response as one union in `error`; a response without a body adds `undefined`. After
 * `if (error) return`, `data` is also `undefined` when `error` may be (and the other way round),
 * so a body-less error response reaches `data` too. These rules judge the two unions a caller
 * reads, before and after, by the shape of each body.
 */
import { isRecord } from "../../shared/guards.js";
import { typed, verdict, type CallerRule, type Verdict } from "../classes.js";
import { resolveAt, resolveNode } from "../pointer.js";
import { canonicalSchema } from "../schema.js";
import type { ChangeSite, DescribeContext, SpecDiff } from "../site.js";
import { codeSpan } from "../render/escape.js";

type Side = "data" | "error";

// A body-less response: openapi-fetch types its body as `undefined`.
const NO_BODY = "undefined";

function sideOf(status: string): Side | undefined {
  if (/^2/.test(status)) return "data";
  if (/^[45]/.test(status) || status === "default") return "error";
  return undefined;
}

/** The body types of `response`, one per media type, as their type-relevant canonical forms. */
function bodiesOf(document: unknown, response: unknown): string[] {
  const content = resolveAt(resolveNode(document, response), ["content"]);
  if (!isRecord(content) || Object.keys(content).length === 0) return [NO_BODY];
  return Object.values(content).map((media) => {
    const schema = isRecord(media) ? media["schema"] : undefined;
    return schema === undefined ? "unknown" : canonicalSchema(document, schema, true);
  });
}

/** What `data` and `error` are read as, for the responses at `responsesPath` of `document`. */
function readSides(document: unknown, responsesPath: SpecDiff["path"]): Record<Side, Set<string>> {
  const responses = resolveAt(document, responsesPath);
  const sides: Record<Side, Set<string>> = { data: new Set(), error: new Set() };
  for (const [status, response] of Object.entries(isRecord(responses) ? responses : {})) {
    const side = sideOf(status);
    if (side !== undefined) bodiesOf(document, response).forEach((body) => sides[side].add(body));
  }
  const [data, error] = [new Set(sides.data), new Set(sides.error)];
  if (error.has(NO_BODY) && data.size > 0) data.add(NO_BODY);
  if (sides.data.has(NO_BODY) && error.size > 0) error.add(NO_BODY);
  return { data, error };
}

/**
 * The verdict for a change to the responses at `responsesPath`: breaking when a union callers
 * read gains a member (a new body, or `undefined`), unless it was empty before.
 */
function unionsVerdict(path: SpecDiff["path"], context: DescribeContext): Verdict {
  const before = readSides(context.before, path);
  const after = readSides(context.after, path);
  for (const side of ["data", "error"] as const) {
    const gained = [...after[side]].filter((body) => !before[side].has(body));
    if (gained.length === 0 || before[side].size === 0) continue;
    return typed(
      "breaks",
      "breaking",
      gained.includes(NO_BODY)
        ? `openapi-fetch's ${codeSpan(side)} may now be \`undefined\` (a response without a body): reads without a check no longer compile (TS18048)`
        : `openapi-fetch's ${codeSpan(side)} becomes a union with this body, so reads of fields it lacks no longer compile (TS2339)`,
    );
  }
  for (const side of ["data", "error"] as const) {
    const lost = [...before[side]].filter((body) => !after[side].has(body));
    if (lost.length > 0 && after[side].size === 0) {
      return typed(
        "breaks",
        "breaking",
        `openapi-fetch's ${codeSpan(side)} no longer has a type: code that reads it no longer compiles (TS2339)`,
      );
    }
  }
  const isSame = (["data", "error"] as const).every(
    (side) =>
      before[side].size === after[side].size &&
      [...before[side]].every((body) => after[side].has(body)),
  );
  return isSame
    ? typed("same", "safe", "the same body as before: `data` and `error` keep their types")
    : typed("compiles", "safe", "callers receive fewer shapes than they already handle");
}

/** The path of the operation's `responses`, for a diff at or below one response. */
const responsesPathOf = (diff: SpecDiff): SpecDiff["path"] =>
  diff.path.slice(0, diff.path.indexOf("responses") + 1);

function responseVerdict(diff: SpecDiff, site: ChangeSite, context: DescribeContext): Verdict {
  if (sideOf(site.status ?? "") === undefined) {
    return verdict("safe", "openapi-fetch types neither `data` nor `error` from it");
  }
  const judged = unionsVerdict(responsesPathOf(diff), context);
  const isWholeResponse = site.keyword.length === 0;
  if (!isWholeResponse || diff.action !== "remove" || judged.class === "breaking") return judged;
  // A status removed narrows a union, which compiles, but code may branch on the status.
  return typed(
    "compiles",
    "review",
    `the generated types narrow, which compiles, but code that checks for ${codeSpan(site.status ?? "")} (\`response.status\`) no longer sees it`,
  );
}

function requestMediaVerdict(diff: SpecDiff): Verdict {
  const media = String(diff.path[diff.path.length - 1]);
  if (diff.action === "add") {
    return typed("compiles", "safe", `calls may also send the body as ${codeSpan(media)}`);
  }
  // openapi-fetch sends JSON as `application/json` unless a caller sets another serializer.
  return /[/+]json$/.test(media)
    ? verdict(
        "breaking",
        `calls that send the body as ${codeSpan(media)}, as openapi-fetch does by default, are now rejected`,
      )
    : verdict("review", `calls that send the body as ${codeSpan(media)} are now rejected`);
}

/** Rules for responses and media types of request and response bodies. */
export const RESPONSE_RULES: readonly CallerRule[] = [
  // A whole response, or one of its media types: what `data` and `error` are read as.
  {
    applies: (diff, site) =>
      site.area === "response" &&
      !site.isSchema &&
      diff.action !== "replace" &&
      (site.keyword.length === 0 || (site.keyword.length === 1 && site.keyword[0] === "content")),
    verdict: responseVerdict,
  },
  {
    applies: (diff, site) =>
      site.area === "request-body" &&
      !site.isSchema &&
      diff.action !== "replace" &&
      site.keyword.length === 1 &&
      site.keyword[0] === "content",
    verdict: (diff) => requestMediaVerdict(diff),
  },
];
