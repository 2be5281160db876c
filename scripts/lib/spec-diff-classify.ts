/**
 * Turns api-smart-diff's change types into what a change means for code that calls the API:
 * breaking, review or safe, with a one-line reason. The library's type is the default; the
 * rules in {@link CALLER_RULES} correct it where it takes a server's view or misses a case.
 */
import type { Diff } from "api-smart-diff";
import type { ChangeSite } from "./spec-diff-site.js";

/** What a change means for existing callers. */
export type CallerClass = "breaking" | "review" | "safe";

/** Order in which the classes are counted, listed and explained. */
export const CALLER_CLASSES: readonly CallerClass[] = ["breaking", "review", "safe"];

/** One line per class, for the report's legend. */
export const CLASS_MEANINGS: Record<CallerClass, string> = {
  breaking: "existing callers fail or break at compile time",
  review: "compiles, but callers may need to act",
  safe: "additive or documentation",
};

/** A class with the reason for it. */
export interface Verdict {
  class: CallerClass;
  reason: string;
  /** True when only documentation changed (descriptions, summaries, examples). */
  isDocumentation: boolean;
}

interface CallerRule {
  applies(diff: Diff, site: ChangeSite): boolean;
  verdict(diff: Diff, site: ChangeSite): Verdict;
}

const verdict = (cls: CallerClass, reason: string, isDocumentation = false): Verdict => ({
  class: cls,
  reason,
  isDocumentation,
});

const isResponseSchema = (site: ChangeSite): boolean =>
  site.isSchema && site.direction === "response";
const isEnumValue = (site: ChangeSite): boolean =>
  site.keyword[0] === "enum" && typeof site.keyword[1] === "number";
const isWholeEnum = (site: ChangeSite): boolean =>
  site.keyword.length === 1 && site.keyword[0] === "enum";
const EXAMPLE_KEYS = new Set(["example", "examples"]);

/** `integer` is a `number`, so a caller handling `number` also handles `integer`. */
function isNarrowerType(after: unknown, before: unknown): boolean {
  const types = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(String);
  const handled = types(before);
  return types(after).every(
    (type) => handled.includes(type) || (type === "integer" && handled.includes("number")),
  );
}

/** Corrections to api-smart-diff's classification for a caller's view; first match wins. */
export const CALLER_RULES: readonly CallerRule[] = [
  // Examples are documentation; the library leaves changed example values unclassified.
  {
    applies: (_diff, site) =>
      site.keyword.some((key) => EXAMPLE_KEYS.has(String(key))) ||
      site.component?.section === "examples",
    verdict: () =>
      verdict(
        "safe",
        "examples are documentation; requests, responses and types keep their shape",
        true,
      ),
  },
  // A new value in a response enum still type-checks, but a `switch` over the old values misses it.
  {
    applies: (diff, site) => isResponseSchema(site) && isEnumValue(site) && diff.action === "add",
    verdict: () =>
      verdict(
        "review",
        "compiles, but a `switch` or lookup over the known values may not handle the new one",
      ),
  },
  // A value removed from a response enum: callers receive a subset of what they already handle.
  {
    applies: (diff, site) =>
      isResponseSchema(site) && isEnumValue(site) && diff.action === "remove",
    verdict: () =>
      verdict("safe", "callers now receive a subset of the values they already handle"),
  },
  // The library calls removing an optional response field non-breaking (it was never promised),
  // but the generated type loses the property, so code that reads it stops compiling.
  {
    applies: (diff, site) =>
      isResponseSchema(site) && site.keyword.length === 0 && diff.action === "remove",
    verdict: () =>
      verdict("breaking", "code that reads it no longer compiles, and gets `undefined` at runtime"),
  },
  // A whole enum appearing narrows the values; vanishing widens them. Narrowing is safe for what
  // callers receive and breaking for what they send; widening the other way round.
  {
    applies: (_diff, site) => site.isSchema && isWholeEnum(site),
    verdict: (diff, site) => {
      const isNarrowing = diff.action === "add";
      if (site.direction === "response") {
        return isNarrowing
          ? verdict("safe", "callers now receive a subset of the values they already handle")
          : verdict(
              "review",
              "callers may now receive values outside the old list and must handle them",
            );
      }
      return isNarrowing
        ? verdict("breaking", "calls that send a value outside the list are now rejected")
        : verdict("safe", "the API now accepts any value, including the listed ones");
    },
  },
  // The library reverses request rules for responses, which calls any type change in a response
  // non-breaking; only a narrower type is safe for code that reads the field.
  {
    applies: (diff, site) =>
      isResponseSchema(site) &&
      site.keyword.length === 1 &&
      site.keyword[0] === "type" &&
      diff.action === "replace",
    verdict: (diff) =>
      isNarrowerType(diff.after, diff.before)
        ? verdict("safe", "callers receive a narrower type than they already handle")
        : verdict(
            "breaking",
            "code written for the old type no longer compiles, or misreads the value",
          ),
  },
  // Renaming a path parameter keeps the URL, but typed callers name it in `params.path`.
  {
    applies: (diff, site) =>
      site.area === "parameter" &&
      site.parameterIn === "path" &&
      site.keyword[0] === "name" &&
      diff.action === "replace",
    verdict: () =>
      verdict(
        "breaking",
        "same URL on the wire, but typed callers pass `params.path` by the old name and no longer compile",
      ),
  },
  // The library maps the renamed path as the same path; typed callers spell the template literally.
  {
    applies: (_diff, site) => site.area === "path-template",
    verdict: () =>
      verdict(
        "breaking",
        "typed callers pass the path template as a literal; the old one no longer compiles",
      ),
  },
  // Credentials are sent the way the scheme says; any change but its wording locks callers out.
  // A new scheme matters only where a security requirement names it, which is listed separately.
  {
    applies: (_diff, site) => site.area === "security-scheme" && site.keyword[0] !== "description",
    verdict: (diff, site) =>
      site.keyword.length === 0 && diff.action === "add"
        ? verdict("safe", "unused until a security requirement names it")
        : verdict(
            "breaking",
            "callers keep sending credentials the old way, and requests fail with 401",
          ),
  },
  // The library calls any added request body non-breaking; a required one rejects existing calls.
  {
    applies: (diff, site) =>
      site.area === "request-body" &&
      site.keyword.length === 0 &&
      diff.action === "add" &&
      site.isRequired === true,
    verdict: () => verdict("breaking", "existing calls send no body, so the API rejects them"),
  },
  // The generated `operations` type is keyed by operation id.
  {
    applies: (_diff, site) => site.area === "operation" && site.keyword[0] === "operationId",
    verdict: () =>
      verdict(
        "review",
        'code that names `operations["…"]` in the generated types must follow the new id',
      ),
  },
  // Server URLs are documentation to the library, but callers using a default base URL follow them.
  {
    applies: (_diff, site) => site.area === "servers",
    verdict: () =>
      verdict(
        "review",
        "callers that rely on a default base URL may need to follow the new server",
      ),
  },
  // A component no operation uses (the library's duplicates are pruned): only its exported type changes.
  {
    applies: (diff, site) => site.area === "component" && diff.type !== "annotation",
    verdict: (diff, site) => {
      if (site.keyword.length === 0 && diff.action === "remove") {
        return verdict("breaking", "code that imports its generated type no longer compiles");
      }
      if (site.keyword.length === 0 && diff.action === "add")
        return verdict("safe", "additive: a new generated type");
      return verdict(
        "review",
        "no operation uses it; only code that imports its generated type is affected",
      );
    },
  },
];

/** The class a caller should give `diff`: the first matching rule, else the library's type. */
export function classifyForCallers(diff: Diff, site: ChangeSite): Verdict {
  const rule = CALLER_RULES.find((candidate) => candidate.applies(diff, site));
  return rule ? rule.verdict(diff, site) : defaultVerdict(diff, site);
}

function defaultVerdict(diff: Diff, site: ChangeSite): Verdict {
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
      return verdict("review", "api-smart-diff could not classify this change; check it by hand");
    case "breaking":
      return verdict("breaking", breakingReason(diff, site));
    case "non-breaking":
      return verdict("safe", safeReason(diff, site));
  }
}

function breakingReason(diff: Diff, site: ChangeSite): string {
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
  if (site.direction === "response" && site.keyword.length === 0 && diff.action === "remove") {
    return "code that reads it no longer compiles, and gets `undefined` at runtime";
  }
  if (site.direction === "response") return "callers may receive data their code does not expect";
  return "existing callers may fail, or no longer compile against the generated types";
}

function safeReason(diff: Diff, site: ChangeSite): string {
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
