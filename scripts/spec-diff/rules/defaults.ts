/**
 * Rules for a field's fixed and default values: `const` and `default`.
 *
 * `const` is a one-value literal in the generated types, so it changes them like an enum does.
 * `default` changes them too, in one place: openapi-typescript (`defaultNonNullable`, on by
 * default) marks an optional property that has a `default` as always present, except in
 * schemas written inline under a parameter or a request body. Elsewhere a default is what the
 * API assumes when a caller leaves the field out, which the types do not show.
 */
import { isRecord } from "../../shared/guards.js";
import { typed, verdict, type CallerRule, type Verdict } from "../classes.js";
import { formatValue } from "../phrase.js";
import { definitionOf, resolveAt } from "../pointer.js";
import type { ChangeSite, DescribeContext, SpecDiff } from "../site.js";

/**
 * True when the `default` at `path` (`…/properties/<name>/default`) makes the generator mark
 * the property as always present in `document`: it is not already required, and its object is
 * not written inline under a parameter or a request body (openapi-typescript's own test, on the
 * pointer of the object's definition).
 */
function isPresenceDefault(document: unknown, path: SpecDiff["path"]): boolean {
  if (path[path.length - 3] !== "properties") return false;
  const objectPath = path.slice(0, -3);
  const object = resolveAt(document, objectPath);
  const required = isRecord(object) ? object["required"] : undefined;
  if (Array.isArray(required) && required.includes(path[path.length - 2])) return false;
  const definition = definitionOf(document, objectPath);
  return definition !== undefined && !/parameters|requestBod/.test(definition);
}

function defaultVerdict(diff: SpecDiff, site: ChangeSite, context: DescribeContext): Verdict {
  const isRequest = site.direction === "request";
  // Only a whole default added or removed changes presence; a changed value changes nothing.
  const isWhole = site.keyword.length === 1;
  const isNowPresent =
    isWhole && diff.action === "add" && isPresenceDefault(context.after, diff.path);
  const wasPresent =
    isWhole && diff.action === "remove" && isPresenceDefault(context.before, diff.path);
  if (isNowPresent) {
    return isRequest
      ? typed(
          "breaks",
          "breaking",
          "openapi-typescript marks a field with a `default` as always present, so calls that leave it out no longer compile (TS2322)",
        )
      : typed(
          "compiles",
          "safe",
          "the generated type now marks it always present (a field with a `default` is always sent); code that handles its absence still compiles",
        );
  }
  if (wasPresent) {
    return isRequest
      ? typed(
          "compiles",
          "safe",
          "the generated type no longer requires it; existing calls, which send it, still work",
        )
      : typed(
          "breaks",
          "breaking",
          "the generated type marks it optional again (it was always present while it had a `default`): code that reads it as always there no longer compiles (TS18048)",
        );
  }
  return isRequest
    ? verdict(
        "review",
        "calls that leave it out now get a different value; check that it suits them",
      )
    : verdict("safe", "documents the value the API sends when it has no other", true);
}

function constVerdict(diff: SpecDiff, site: ChangeSite): Verdict {
  const [old, now] = [formatValue(diff.before), formatValue(diff.after)];
  if (site.direction === "request") {
    if (diff.action === "remove") {
      return typed(
        "compiles",
        "safe",
        `the API accepts any value of the type now, not only ${old}`,
      );
    }
    return typed(
      "breaks",
      "breaking",
      `calls that send any value but ${now} are now rejected, and no longer compile`,
    );
  }
  if (diff.action === "add") {
    return typed(
      "compiles",
      "safe",
      `callers now receive only ${now}, a value they already handle`,
    );
  }
  if (diff.action === "remove") {
    return typed(
      "compiles",
      "review",
      `callers may now receive values other than ${old}; code that relies on it must handle them`,
    );
  }
  return typed(
    "breaks",
    "breaking",
    `callers now receive ${now}: code that compares the value with ${old} no longer compiles (TS2367), the generated literal having changed`,
  );
}

/** Rules for `const` and `default` in request and response schemas. */
export const DEFAULT_RULES: readonly CallerRule[] = [
  // A `const` is a literal type: its rules are those of a one-value enum.
  {
    applies: (_diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword.length === 1 &&
      site.keyword[0] === "const",
    verdict: (diff, site) => constVerdict(diff, site),
  },
  // A default: what the API assumes for an omitted field, and for the generator, presence.
  {
    applies: (_diff, site) =>
      site.isSchema && site.direction !== "none" && site.keyword[0] === "default",
    verdict: defaultVerdict,
  },
];
