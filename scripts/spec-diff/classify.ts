/**
 * Turns api-smart-diff's change types into what a change means for code that calls the API:
 * breaking, review or safe, with a one-line reason. The library's type is the default; the
 * rules under rules/ correct it where it takes a server's view or misses a case.
 */
import { verdict, type CallerRule, type Verdict } from "./classes.js";
import { API_RULES, EXAMPLE_RULES } from "./rules/api.js";
import { DEFAULT_RULES } from "./rules/defaults.js";
import { EXTENSIBLE_RULES } from "./rules/extensible.js";
import { FIELD_RULES } from "./rules/fields.js";
import { LIMIT_RULES } from "./rules/limits.js";
import { MODE_RULES } from "./rules/modes.js";
import { OBJECT_RULES } from "./rules/objects.js";
import { RESPONSE_RULES } from "./rules/responses.js";
import { SECURITY_RULES } from "./rules/security.js";
import { TYPE_RULES } from "./rules/types.js";
import { VALUE_RULES } from "./rules/values.js";
import type { ChangeSite, DescribeContext, SpecDiff } from "./site.js";

/** Corrections to api-smart-diff's classification for a caller's view; first match wins. */
export const CALLER_RULES: readonly CallerRule[] = [
  ...EXAMPLE_RULES,
  ...FIELD_RULES,
  ...VALUE_RULES,
  ...TYPE_RULES,
  ...DEFAULT_RULES,
  ...OBJECT_RULES,
  ...MODE_RULES,
  ...EXTENSIBLE_RULES,
  ...LIMIT_RULES,
  ...RESPONSE_RULES,
  ...SECURITY_RULES,
  ...API_RULES,
];

/** The class a caller should give `diff`: the first matching rule, else the library's type. */
export function classifyForCallers(
  diff: SpecDiff,
  site: ChangeSite,
  context: DescribeContext,
): Verdict {
  const rule = CALLER_RULES.find((candidate) => candidate.applies(diff, site, context));
  return rule ? rule.verdict(diff, site, context) : defaultVerdict(diff, site);
}

function defaultVerdict(diff: SpecDiff, site: ChangeSite): Verdict {
  switch (diff.type) {
    case "annotation":
      return verdict(
        "safe",
        "documentation only; requests, responses and types keep their shape",
        true,
      );
    case "deprecated":
      return verdict("review", "still works; plan to move off it before it is removed");
    case "unclassified":
      return verdict("review", "spec:diff has no rule for this change; check it by hand");
    case "breaking":
      return verdict("breaking", breakingReason(diff, site));
    case "non-breaking":
      return verdict("safe", safeReason(diff, site));
  }
}

function breakingReason(diff: SpecDiff, site: ChangeSite): string {
  if (site.area === "operation" && site.keyword.length === 0) {
    return "calls to it fail, and no longer compile against the generated types";
  }
  if (site.area === "parameter" && site.keyword.length === 0 && diff.action === "add") {
    return "existing calls do not send it, so the API rejects them";
  }
  if (site.area === "parameter" && site.keyword[0] === "required") {
    return "existing calls that omit it are now rejected";
  }
  if (site.area === "response" && !site.isSchema && site.keyword.length === 0) {
    return "code that handles this response no longer matches the generated types";
  }
  if (site.direction === "request")
    return "existing calls may now be rejected, or no longer compile";
  if (site.direction === "response") return "callers may receive data their code does not expect";
  return "existing callers may fail, or no longer compile against the generated types";
}

function safeReason(diff: SpecDiff, site: ChangeSite): string {
  if (diff.action === "add" && site.direction === "response") {
    return "additive: existing code ignores what it does not read";
  }
  if (diff.action === "add" && site.direction === "request")
    return "additive: existing calls need not send it";
  if (diff.action === "add") return "additive: existing calls and code keep working";
  if (site.direction === "request")
    return "the API asks less of requests; existing calls still work";
  return "existing calls and code keep working";
}
