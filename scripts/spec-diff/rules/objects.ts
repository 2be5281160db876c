/**
 * Rules for the fields an object schema does not list: `additionalProperties` and
 * `patternProperties`. The generated type has an index signature (`[key: string]: T`) exactly
 * when the schema allows such fields with `true` or a schema; `false` and absent give none
 * (the generator runs with `additionalProperties: false`).
 */
import { isRecord } from "../../shared/guards.js";
import { typed, type CallerRule, type Verdict } from "../classes.js";
import type { ChangeSite, SpecDiff } from "../site.js";

/** True when `value`, as `additionalProperties`, gives the generated type an index signature. */
function hasIndex(value: unknown): boolean {
  return value === true || isRecord(value);
}

/**
 * The verdict for unlisted fields allowed as `before` and then as `after` (`true`, a schema,
 * `false` or undefined).
 */
function indexVerdict(before: unknown, after: unknown, site: ChangeSite): Verdict {
  const isRequest = site.direction === "request";
  const [had, has] = [hasIndex(before), hasIndex(after)];
  if (had && has) {
    // `true` (values of type `unknown`) against a schema: wider one way, narrower the other.
    const isWider = after === true;
    if (isRequest === isWider) {
      return typed("compiles", "safe", "unlisted fields may hold more values than before");
    }
    return typed(
      "breaks",
      "breaking",
      isRequest
        ? "calls that send unlisted fields of other types no longer compile, and may be rejected"
        : "unlisted fields are now `unknown`: code that reads them as the old type no longer compiles (TS2322)",
    );
  }
  if (had) {
    return typed(
      "breaks",
      "breaking",
      isRequest
        ? "calls that send fields the schema does not list no longer compile (TS2353), and the API rejects them"
        : "code that reads fields the schema does not list no longer compiles (TS2339): the generated type loses its index signature",
    );
  }
  if (has) {
    return typed(
      "compiles",
      "safe",
      isRequest
        ? "the API now accepts fields the schema does not list"
        : "callers may now receive fields the schema does not list; code that ignores them still works",
    );
  }
  // `false` against absent: no index signature either way.
  return typed(
    "same",
    "safe",
    "the generated type has no index signature either way: typed code uses only the listed fields",
  );
}

function patternVerdict(diff: SpecDiff, site: ChangeSite): Verdict {
  // One pattern added or removed: an index signature appears or goes.
  const isAdded = diff.action === "add";
  return indexVerdict(!isAdded || undefined, isAdded || undefined, site);
}

/** Rules for `additionalProperties` and `patternProperties` in request and response schemas. */
export const OBJECT_RULES: readonly CallerRule[] = [
  {
    applies: (_diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword.length === 1 &&
      site.keyword[0] === "additionalProperties",
    verdict: (diff, site) =>
      indexVerdict(
        diff.action === "add" ? undefined : diff.before,
        diff.action === "remove" ? undefined : diff.after,
        site,
      ),
  },
  {
    applies: (diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword.length === 2 &&
      site.keyword[0] === "patternProperties" &&
      diff.action !== "replace",
    verdict: patternVerdict,
  },
];
