/**
 * Rules for `x-extensible-enum`, the list of values a string field is known to take while
 * promising more may come (Zalando's API guidelines). The generated type is `string` either
 * way, so a value added or removed changes no type; it changes what the API accepts.
 */
import { formatValue } from "../phrase.js";
import { verdict, type CallerRule, type Verdict } from "../classes.js";
import type { ChangeSite, SpecDiff } from "../site.js";

function extensibleVerdict(diff: SpecDiff, site: ChangeSite): Verdict {
  const isRequest = site.direction === "request";
  if (site.keyword.length === 1) {
    // The whole list appeared or went.
    return isRequest && diff.action === "add"
      ? verdict(
          "review",
          "the API now lists the values it knows; calls that send others may be rejected",
        )
      : verdict(
          "safe",
          "the generated type (`string`) does not change, and callers handle any value",
        );
  }
  const isGone = diff.action !== "add";
  if (isRequest && isGone) {
    return verdict(
      "breaking",
      `calls that send ${formatValue(diff.before)} may now be rejected; the generated type (\`string\`) does not show the list`,
    );
  }
  if (isRequest)
    return verdict("safe", "the API accepts one more value; existing calls still work");
  return diff.action === "remove"
    ? verdict("safe", "callers no longer receive it; the generated type (`string`) does not change")
    : verdict(
        "safe",
        "an extensible enum promises more values may come, so callers already handle ones they do not know; the generated type (`string`) does not change",
      );
}

/** The rule for values of `x-extensible-enum`. */
export const EXTENSIBLE_RULES: readonly CallerRule[] = [
  {
    applies: (_diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword[0] === "x-extensible-enum" &&
      site.keyword.length <= 2,
    verdict: (diff, site) => extensibleVerdict(diff, site),
  },
];
