/**
 * Rules for keywords that limit a value without changing its generated type: `format`,
 * `maxLength`, `minimum`, `pattern`, `contains`, … and the encoding of a string's content. A
 * tighter limit is breaking for what callers send and safe for what they read; a looser or
 * different one needs review when read. The generated types show none of them
 * (compiler/sites.ts TYPELESS_KEYWORDS), so no reason here claims anything about compiling.
 */
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
  "unevaluatedProperties",
  "propertyNames",
  "dependentRequired",
  "contains",
  "not",
]);

// Values that limit nothing: the keyword's default, or a pattern every string matches.
const NO_LIMIT: Record<string, (value: unknown) => boolean> = {
  unevaluatedProperties: (value) => value === true,
  uniqueItems: (value) => value === false,
  exclusiveMaximum: (value) => value === false,
  exclusiveMinimum: (value) => value === false,
  pattern: (value) => typeof value === "string" && /^\^?(\.\*)?\$?$/.test(value),
};

type Effect = "tighter" | "looser" | "same" | "different";

function effectOf(diff: SpecDiff, keyword: string): Effect {
  const isNoLimit = (value: unknown): boolean => NO_LIMIT[keyword]?.(value) === true;
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
  // `exclusiveMaximum: true` (OpenAPI 3.0) against a number: a change of kind, not of size.
  return "different";
}

function formatVerdict(diff: SpecDiff, effect: Effect): Verdict {
  const [old, now] = [formatValue(diff.before), formatValue(diff.after)];
  if (effect === "looser") {
    return verdict(
      "review",
      `the generated type does not show \`format\`, but the value may no longer be ${old}; code that parses it as ${old} must handle other forms`,
    );
  }
  return verdict(
    "review",
    `the generated type does not show \`format\`, but the value's form changes: code that parses it as ${old} now gets ${now}`,
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
        "the generated type does not show the limit, but values may now fall outside the old one; code that relied on it must handle them",
      )
    : verdict(
        "review",
        "the generated type does not show the limit, but the values follow a different rule; code that relied on the old one must check",
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
  // The encoding of a string's content (base64, a media type): the generated type is `string`
  // either way, but code that encodes or decodes the value follows the keyword.
  {
    applies: (_diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword.length === 1 &&
      (site.keyword[0] === "contentEncoding" || site.keyword[0] === "contentMediaType"),
    verdict: (_diff, site) =>
      site.direction === "request"
        ? verdict(
            "breaking",
            "the generated type (`string`) does not show the encoding: calls that send the value encoded the old way are now misread or rejected",
          )
        : verdict(
            "review",
            "the generated type (`string`) does not show the encoding: code that decodes the value the old way now misreads it",
          ),
  },
];
