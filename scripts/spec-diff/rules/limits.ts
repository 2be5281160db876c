/**
 * Rules for keywords that limit a value without changing its generated type: `format`,
 * `maxLength`, `minimum`, `pattern`, … and `default`. A tighter limit is breaking for what
 * callers send and safe for what they read; a looser or different one needs review when read.
 */
import { isDeepStrictEqual } from "node:util";
import { verdict, type CallerRule, type Verdict } from "../classes.js";
import { formatValue } from "../phrase.js";
import type { ChangeSite, SpecDiff } from "../site.js";

// Which way a bigger number moves a limit: an upper bound grows looser, a lower one tighter.
const BOUNDS: Record<string, "upper" | "lower"> = {
  maxLength: "upper",
  maximum: "upper",
  exclusiveMaximum: "upper",
  maxItems: "upper",
  maxProperties: "upper",
  maxContains: "upper",
  minLength: "lower",
  minimum: "lower",
  exclusiveMinimum: "lower",
  minItems: "lower",
  minProperties: "lower",
  minContains: "lower",
};

// Keywords that, when present, allow fewer values than when absent.
const LIMITS = new Set([
  ...Object.keys(BOUNDS),
  "pattern",
  "format",
  "multipleOf",
  "uniqueItems",
  "const",
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "dependentRequired",
  "contentEncoding",
  "contentMediaType",
  "not",
]);

// Values that limit nothing: the keyword's default.
const NO_LIMIT: Record<string, unknown> = {
  additionalProperties: true,
  unevaluatedProperties: true,
  uniqueItems: false,
  exclusiveMaximum: false,
  exclusiveMinimum: false,
};

type Effect = "tighter" | "looser" | "same" | "different";

function effectOf(diff: SpecDiff, keyword: string): Effect {
  const isNoLimit = (value: unknown): boolean =>
    keyword in NO_LIMIT && isDeepStrictEqual(value, NO_LIMIT[keyword]);
  const before = diff.action === "add" || isNoLimit(diff.before) ? undefined : diff.before;
  const after = diff.action === "remove" || isNoLimit(diff.after) ? undefined : diff.after;
  if (before === undefined && after === undefined) return "same";
  if (before === undefined) return "tighter";
  if (after === undefined) return "looser";
  const bound = BOUNDS[keyword];
  if (bound !== undefined && typeof before === "number" && typeof after === "number") {
    const isBigger = after > before;
    return (bound === "upper") === isBigger ? "looser" : "tighter";
  }
  // `exclusiveMaximum: true` (OpenAPI 3.0) against a number, `additionalProperties: false`
  // against a schema: a change of kind, not of size.
  if (after === false && keyword === "additionalProperties") return "tighter";
  if (before === false && keyword === "additionalProperties") return "looser";
  return "different";
}

function formatVerdict(diff: SpecDiff, effect: Effect): Verdict {
  const [old, now] = [formatValue(diff.before), formatValue(diff.after)];
  if (effect === "looser") {
    return verdict(
      "review",
      `same generated type, but the value may no longer be ${old}; code that parses it as ${old} must handle other forms`,
    );
  }
  return verdict(
    "review",
    `same generated type, but the value's form changes: code that parses it as ${old} now gets ${now}`,
  );
}

function limitVerdict(diff: SpecDiff, site: ChangeSite): Verdict {
  const keyword = String(site.keyword[0]);
  const effect = effectOf(diff, keyword);
  if (effect === "same") {
    return verdict("safe", "the keyword's default: the same values are allowed as before");
  }
  if (site.direction === "request") {
    if (effect === "looser")
      return verdict("safe", "the API accepts more values; existing calls still work");
    return effect === "tighter"
      ? verdict("breaking", "calls that send values outside the new limit are now rejected")
      : verdict("breaking", "calls that send values in the old form may now be rejected");
  }
  if (effect === "tighter") {
    return verdict("safe", "callers now receive a subset of the values they already handle");
  }
  if (keyword === "format") return formatVerdict(diff, effect);
  return effect === "looser"
    ? verdict(
        "review",
        "same generated type, but values may now fall outside the old limit; code that relied on it must handle them",
      )
    : verdict(
        "review",
        "same generated type, but the values follow a different rule; code that relied on the old one must check",
      );
}

/** Rules for limits and defaults in request and response schemas. */
export const LIMIT_RULES: readonly CallerRule[] = [
  // Limits: the library judges many, but not `format` on a response (it called `date-time` to
  // `date` safe), nor a limit a caller only reads.
  {
    applies: (_diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword.length === 1 &&
      LIMITS.has(String(site.keyword[0])),
    verdict: (diff, site) => limitVerdict(diff, site),
  },
  // A default is what the API assumes when a caller leaves the field out: calls that omit it
  // change meaning. In a response it only documents the value.
  {
    applies: (_diff, site) =>
      site.isSchema && site.direction !== "none" && site.keyword[0] === "default",
    verdict: (_diff, site) =>
      site.direction === "request"
        ? verdict(
            "review",
            "calls that leave it out now get a different value; check that it suits them",
          )
        : verdict("safe", "documents the value the API sends when it has no other", true),
  },
];
